#pragma once

#include <utility>

#include <QDate>
#include <QString>

#include "treaty/fuzzydate.h"

namespace mineatlas::treaty {

struct TreatyRecord;
class TreatyTable;

/// Where a state stands towards the Ottawa Convention on one day.
enum class TreatyStatus {
    NotYetOpen,       ///< before the treaty opened for signature (3 Dec 1997)
    NeverJoined,      ///< neither signed nor joined (yet)
    Signatory,        ///< signed, not (yet) ratified
    JoinedNotInForce, ///< deposited, waiting for entry into force (Art. 17)
    StateParty,
    WithdrawalAnnounced, ///< still a party; the government announced it will leave
    WithdrawalPending,   ///< instrument of withdrawal deposited, six months running (Art. 20(3))
    Withdrawn,
    Uncertain, ///< the sources' dates do not say which of two statuses applies
    NotYetAState, ///< before the state came into being (exists_from): South Sudan in 2005
};
constexpr int kTreatyStatusCount = 10;

enum TreatyFlag : unsigned {
    NoFlag = 0,
    SuspensionClaimed = 1u << 0, ///< claims to suspend the treaty; not a withdrawal (Ukraine since Jul 2025)
    SinceUncertain = 1u << 1,    ///< the status holds, but the day it began is known only roughly
    InForceComputed = 1u << 2,   ///< entry into force worked out by Art. 17, not read from a source
    WithdrawalAnnouncedOnly = 1u << 3, ///< announced leaving but claimed a suspension instead (Ukraine)
};

struct StatusAtDate {
    TreatyStatus status = TreatyStatus::NeverJoined;
    unsigned flags = NoFlag;
    FuzzyDate since; ///< when the status began (null for never joined)
    /// For Uncertain: the status if the uncertain event had happened, and if it had not.
    TreatyStatus ifHappened = TreatyStatus::NeverJoined;
    TreatyStatus ifNotYet = TreatyStatus::NeverJoined;
};

/// The day the treaty opened for signature and the day it entered into force.
QDate treatyOpenedDate();
QDate treatyInForceDate();

/// Art. 17: instruments deposited by 16 Sep 1998 (the first 40) → 1 Mar 1999; later ones → the first
/// day of the sixth month after the month of deposit.
QDate entryIntoForceFor(QDate deposit);
/// The record's entry into force: as stated, or computed from the deposit (a range when the
/// deposit is known only roughly). Sets `computed` when it was computed.
FuzzyDate entryIntoForce(const TreatyRecord& r, bool* computed = nullptr);

StatusAtDate statusAt(const TreatyRecord& r, QDate date);

/// States Parties by the ICBL/ISU convention the published counts use: a state counts from the day
/// it deposits (once that day is certain) until its withdrawal takes effect.
int partiesAt(const TreatyTable& table, QDate date);
/// The same count as a range: (certain, possible). They differ while a deposit known only to the
/// year or as a range may or may not have happened yet; the published count lies in between.
std::pair<int, int> partiesRangeAt(const TreatyTable& table, QDate date);

/// "State Party", "Withdrawal pending", ... (English, for legends and tables).
QString statusLabel(TreatyStatus s);
/// Machine-friendly: "party", "withdrawal-pending", ... (CLI and CSV).
QString statusKey(TreatyStatus s);
/// "suspension claimed; date uncertain" for the flags set.
QString flagsText(unsigned flags, const QString& separator = QStringLiteral("; "));

} // namespace mineatlas::treaty
