<?xml version="1.0" encoding="utf-8" ?>
<ogr:FeatureCollection
     xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
     xsi:schemaLocation="http://ogr.maptools.org/ areas.xsd"
     xmlns:ogr="http://ogr.maptools.org/"
     xmlns:gml="http://www.opengis.net/gml">
  <gml:boundedBy><gml:Envelope srsName="EPSG:4326"><gml:lowerCorner>30 50</gml:lowerCorner><gml:upperCorner>33.5 51.0</gml:upperCorner></gml:Envelope></gml:boundedBy>
                                                                                                                                                                                       
  <ogr:featureMember>
    <ogr:areas gml:id="areas.0">
      <gml:boundedBy><gml:Envelope srsName="EPSG:4326"><gml:lowerCorner>30 50</gml:lowerCorner><gml:upperCorner>31 51</gml:upperCorner></gml:Envelope></gml:boundedBy>
      <ogr:geometryProperty><gml:Polygon srsName="EPSG:4326"><gml:exterior><gml:LinearRing><gml:posList>30 50 31 50 31 51 30 51 30 50</gml:posList></gml:LinearRing></gml:exterior><gml:interior><gml:LinearRing><gml:posList>30.4 50.4 30.6 50.4 30.6 50.6 30.4 50.6 30.4 50.4</gml:posList></gml:LinearRing></gml:interior></gml:Polygon></ogr:geometryProperty>
      <ogr:id>1</ogr:id>
      <ogr:name>Alpha</ogr:name>
      <ogr:kind>SHA</ogr:kind>
      <ogr:value>12.5</ogr:value>
    </ogr:areas>
  </ogr:featureMember>
  <ogr:featureMember>
    <ogr:areas gml:id="areas.1">
      <gml:boundedBy><gml:Envelope srsName="EPSG:4326"><gml:lowerCorner>32 50</gml:lowerCorner><gml:upperCorner>33.5 50.5</gml:upperCorner></gml:Envelope></gml:boundedBy>
      <ogr:geometryProperty><gml:MultiSurface srsName="EPSG:4326"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>32 50 32.5 50.0 32.5 50.5 32.0 50.5 32 50</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>33 50 33.5 50.0 33.5 50.5 33.0 50.5 33 50</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></ogr:geometryProperty>
      <ogr:id>2</ogr:id>
      <ogr:name>Bravo</ogr:name>
      <ogr:kind>CHA</ogr:kind>
      <ogr:value>7</ogr:value>
    </ogr:areas>
  </ogr:featureMember>
</ogr:FeatureCollection>
