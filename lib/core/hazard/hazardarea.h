#pragma once

#include <vector>

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace mineatlas::hazard {

/// Land classes as IMSMA records them (../shared/reference/mine-action.md).
enum class Classification { SHA, CHA, Indication, EodSpotTask };
enum class Status { Open, WorkedOn, Closed };
enum class Evidence { None, Direct, Indirect };
/// Contamination types, combined as a bit set.
enum Contamination : unsigned {
    AntiPersonnel = 1u << 0,
    AntiVehicle = 1u << 1,
    Uxo = 1u << 2,
    Axo = 1u << 3,
    ClusterMunitionRemnants = 1u << 4,
    Ied = 1u << 5,
};

/// One suspected or confirmed hazardous area with the attributes mine action records.
/// Geometry is WGS 84 lon/lat (x = lon): polygons → rings (first exterior) → interleaved lon,lat.
struct HazardArea {
    qint64 fid = -1; ///< feature id in the store; -1 until saved
    QString localId;
    QString guid;
    Classification classification = Classification::SHA;
    Status status = Status::Open;
    QDate statusDate;
    QString statusReason;
    unsigned contamination = 0;
    Evidence evidence = Evidence::None;
    QString evidenceDescription;
    double estimatedAreaM2 = 0;
    double remainingAreaM2 = 0;
    QDate dateOfInformation;
    QDate recordedDate; ///< first recorded (schema 2); set on the first save when empty
    QString reportedBy;
    QString notes;
    QString enteredCoordinates; ///< the survey points as typed (system and text), one per line
    std::vector<std::vector<std::vector<double>>> polygons;

    /// Optimistic concurrency (schema 3): the row's version as read from the store. A save checks
    /// it against the stored one and reports a conflict instead of overwriting a newer row;
    /// 0 means "never read from a versioned store" (not checked).
    qint64 rowVersion = 0;
    QString lastEditor;  ///< who saved this version (store-maintained)
    QDateTime editedAt;  ///< when this version was saved, UTC (store-maintained)

    /// Vocabulary values found in the file that MineAtlas does not know (a partner's own term, a
    /// typo): kept exactly as they are and written back unchanged, until the user picks a known
    /// value (which clears them). Empty: the enum above holds the value.
    QString classificationOther;
    QString statusOther;
    QString evidenceOther;
    QStringList contaminationOther; ///< tokens outside contaminationCodes(), in file order

    /// What the file holds for each vocabulary field: the known value's text, or the other value.
    QString classificationValue() const;
    QString statusValue() const;
    QString evidenceValue() const;
    QString contaminationValue() const;
};

/// The fields an area needs before it counts as recorded (mine-action.md): local id, reporting
/// organisation, date of information. Field names as stored.
QStringList requiredFieldNames();
/// The required fields `area` leaves empty (stored names); empty when it is complete. An area
/// saved with some missing is kept but shown as incomplete until they are filled.
QStringList missingRequiredFields(const HazardArea& area);
/// A readable label of a stored field name ("reported_by" → "reported by").
QString fieldLabel(const QString& fieldName);

/// The controlled vocabularies as stored in the file and shown in forms.
QString toText(Classification c);
QString toText(Status s);
QString toText(Evidence e);
/// "AP;UXO" etc.
QString contaminationText(unsigned bits);
bool fromText(const QString& text, Classification& out);
bool fromText(const QString& text, Status& out);
bool fromText(const QString& text, Evidence& out);
bool contaminationFromText(const QString& text, unsigned& out);
/// Reads each vocabulary field as stored: known values into the enums, anything else into the
/// *Other members, so nothing a partner wrote is lost.
void readVocabularies(HazardArea& area, const QString& classification, const QString& status,
                      const QString& evidence, const QString& contamination);

/// Codes of the contamination types in bit order: AP, AV, UXO, AXO, CMR, IED.
QStringList contaminationCodes();

} // namespace mineatlas::hazard
