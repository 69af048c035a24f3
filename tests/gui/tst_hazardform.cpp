#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

#include <gdal.h>

#include "hazard/editsession.h"
#include "geo/geodesy.h"
#include "hazardform.h"
#include "project/project.h"

using namespace mineatlas;

/// The attribute form: vocabularies as drop-downs (values outside them shown and kept), required
/// fields marked as incomplete until filled, the ellipsoidal area shown and labelled, remaining
/// area defaulting to the estimate, and Apply saving through the edit session as an undoable
/// change that reaches the file.
class TestHazardForm : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { GDALAllRegister(); }

    void editsReachTheFileAndUndo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("form.gpkg");
        hazard::HazardArea saved;
        {
            auto store = hazard::HazardStore::create(path);
            QVERIFY(store.ok());
            saved.polygons = {{{33.0, 47.0, 33.01, 47.0, 33.01, 47.01, 33.0, 47.01, 33.0, 47.0}}};
            saved.estimatedAreaM2 = 841234; // out of date on purpose
            QVERIFY(store.value()->insert(saved).ok());
        }
        project::Project project;
        project::MapLayer* layer = project.addLayer(
            std::make_unique<project::MapLayer>(project::MapLayer::Kind::Vector, "form", path,
                                                QString::fromLatin1(hazard::HazardStore::kDefaultLayer)));
        hazard::EditSession editor(project);
        QVERIFY(editor.start(layer).ok());
        gui::HazardForm form;
        connect(&form, &gui::HazardForm::applied, &editor,
                [&](const hazard::HazardArea& a) { QVERIFY(editor.updateAttributes(a).ok()); });
        auto area = editor.areaByGuid(saved.guid);
        QVERIFY(area.has_value());
        form.setArea(*area);
        // The stored estimate was wrong (841,234 m²): the form measures the shape on the ellipsoid.
        const double measured = geo::polygonArea(saved.polygons[0]).areaM2;
        QVERIFY(form.areaLabel()->text().contains("ellipsoidal"));
        QCOMPARE(form.areaLabel()->text(), geo::formatArea(measured));
        QVERIFY2(qAbs(form.remaining()->value() - measured) < 1,
                 qPrintable(QStringLiteral("%1 vs %2").arg(form.remaining()->value()).arg(measured)));

        // Required fields empty: the form says the area is incomplete, and names them.
        QVERIFY(form.incompleteLabel()->isVisibleTo(&form));
        QVERIFY2(form.incompleteText().contains("local id") && form.incompleteText().contains("reported by") &&
                     form.incompleteText().contains("date of information"),
                 qPrintable(form.incompleteText()));

        QTest::keyClicks(form.localId(), "UA-ZAP-0007");
        QTest::keyClicks(form.reportedBy(), "Illustrative NGO");
        QVERIFY(form.incompleteText().contains("date of information"));
        QVERIFY(!form.incompleteText().contains("local id"));
        form.classification()->setCurrentIndex(form.classification()->findText("CHA"));
        form.status()->setCurrentIndex(form.status()->findText("worked on"));
        form.contamination(0)->setChecked(true); // AP
        form.contamination(4)->setChecked(true); // CMR
        form.remaining()->setValue(500000);
        form.applyButton()->click(); // saved although the date of information is still missing

        auto reread = [&] {
            auto store = hazard::HazardStore::open(path, hazard::HazardStore::kDefaultLayer, true);
            return store.value()->readAll().value().front();
        };
        hazard::HazardArea a = reread();
        QCOMPARE(a.localId, QStringLiteral("UA-ZAP-0007"));
        QCOMPARE(a.classification, hazard::Classification::CHA);
        QCOMPARE(a.status, hazard::Status::WorkedOn);
        QCOMPARE(a.contamination, unsigned(hazard::AntiPersonnel | hazard::ClusterMunitionRemnants));
        QCOMPARE(a.remainingAreaM2, 500000.0);
        QCOMPARE(a.reportedBy, QStringLiteral("Illustrative NGO"));
        QCOMPARE(a.polygons.size(), std::size_t(1));        // geometry untouched
        QVERIFY(qAbs(a.estimatedAreaM2 - measured) < 0.01); // estimate back in sync with the shape

        QVERIFY(editor.undo().ok());
        a = reread();
        QVERIFY(a.localId.isEmpty());
        QCOMPARE(a.classification, hazard::Classification::SHA);
        QVERIFY(editor.redo().ok());
        QCOMPARE(reread().localId, QStringLiteral("UA-ZAP-0007"));

        // Delete from the form, then undo brings it back with its attributes.
        connect(&form, &gui::HazardForm::deleteRequested, &editor,
                [&](const QString& guid) { QVERIFY(editor.deleteArea(guid).ok()); });
        form.setArea(*editor.areaByGuid(saved.guid));
        form.deleteButton()->click();
        auto none = hazard::HazardStore::open(path, hazard::HazardStore::kDefaultLayer, true);
        QCOMPARE(none.value()->readAll().value().size(), std::size_t(0));
        QVERIFY(editor.undo().ok());
        QCOMPARE(reread().localId, QStringLiteral("UA-ZAP-0007"));
    }

    void valuesOutsideTheVocabularyAreShownAndKept()
    {
        hazard::HazardArea a;
        a.guid = "g-1";
        a.localId = "P-1";
        a.reportedBy = "Partner";
        a.dateOfInformation = QDate(2026, 5, 1);
        a.polygons = {{{33.0, 47.0, 33.01, 47.0, 33.01, 47.01, 33.0, 47.0}}};
        hazard::readVocabularies(a, "DHA", "active (IMSMA)", "hearsay", "AP;WP");
        gui::HazardForm form;
        form.setArea(a);
        QVERIFY(form.status()->currentText().contains("active (IMSMA)"));
        QVERIFY(form.classification()->currentText().contains("DHA"));
        QVERIFY(form.evidence()->currentText().contains("hearsay"));
        QVERIFY(form.contaminationOtherLabel()->text().contains("WP"));
        QVERIFY(form.incompleteText().isEmpty());
        // Untouched, they come back as they were.
        hazard::HazardArea back = *form.area();
        QCOMPARE(back.statusValue(), QStringLiteral("active (IMSMA)"));
        QCOMPARE(back.classificationValue(), QStringLiteral("DHA"));
        QCOMPARE(back.evidenceValue(), QStringLiteral("hearsay"));
        QCOMPARE(back.contaminationValue(), QStringLiteral("AP;WP"));
        // Picking a known status replaces the partner's value; the others stay.
        form.status()->setCurrentIndex(form.status()->findText("closed"));
        back = *form.area();
        QCOMPARE(back.statusValue(), QStringLiteral("closed"));
        QCOMPARE(back.classificationValue(), QStringLiteral("DHA"));
        // A second area without other values: the extra entries are gone.
        a.statusOther.clear();
        form.setArea(a);
        QCOMPARE(form.status()->findText("active (IMSMA)", Qt::MatchContains), -1);
    }
};

QTEST_MAIN(TestHazardForm)
#include "tst_hazardform.moc"
