import csv, io, json, re, datetime
HERE='/work/research/treaty'
C = [
 ('1998-09-16', 40, 'deposit', 'https://www.icrc.org/eng/resources/documents/article/other/57jpgm.htm', 'On 16 September 1998, Burkina Faso deposited its instrument of ratification ... The deposit of this 40th instrument of ratification ... means that on 1 March 1999 the treaty will become binding'),
 ('1999-02-19', 65, 'deposit', 'https://bocs.hu/lbc/har-1.htm', 'Portugal deposited its ratification on 19 February giving us a total of 65. (ICBL coordinator, email of 24 Feb 1999 with the 1 March press release)'),
 ('1999-01/1999-02', 67, 'deposit', 'https://armscontrol.org/act/1999-01/ottawa-convention-signatories-and-ratifiers', 'Sixty-seven states out of 135 signatories have now ratified or acceded to the treaty. (Arms Control Today, January/February 1999 issue; no day given)'),
 ('1997-12-31', 3, 'deposit', 'http://the-monitor.org/en-gb/reports/2006/landmine-monitor-2006/banning-antipersonnel-mines.aspx', 'The numbers of states that ratified or acceded to the treaty each year ... are as follows: 1997 (December only)—3; (Landmine Monitor 2006; cumulative figure = published per-year figure)'),
 ('1998-12-31', 58, 'deposit', 'http://the-monitor.org/en-gb/reports/2006/landmine-monitor-2006/banning-antipersonnel-mines.aspx', '1997 (December only)—3; 1998—55; (Landmine Monitor 2006; cumulative 3+55 computed from the published per-year figures)'),
 ('1999-12-03', 89, 'deposit', 'https://reliefweb.int/report/afghanistan/landmines-campaign-urges-full-universalization-implementation-condemns-mine-users', 'To date 136 nations have signed the treaty and 89 have ratified (ICBL, second anniversary of the signing, 3 Dec 1999)'),
 ('1999-12-31', 90, 'deposit', 'http://the-monitor.org/en-gb/reports/2006/landmine-monitor-2006/banning-antipersonnel-mines.aspx', '1998—55; 1999—32 (23 after 1 March); (Landmine Monitor 2006; cumulative 3+55+32 computed from the published per-year figures)'),
 ('2000-03-01', 91, 'deposit', 'https://reliefweb.int/report/angola/one-year-landmines-campaign-urges-global-adherence-total-ban', 'To date, 137 countries have signed the 1997 Mine Ban Treaty and 91 have ratified (ICBL, first anniversary of entry into force, 1 Mar 2000)'),
 ('2000-12-31', 109, 'deposit', 'http://the-monitor.org/en-gb/reports/2006/landmine-monitor-2006/banning-antipersonnel-mines.aspx', '2000—19; (Landmine Monitor 2006; cumulative computed from the published per-year figures)'),
 ('2001-12-31', 122, 'deposit', 'http://the-monitor.org/en-gb/reports/2006/landmine-monitor-2006/banning-antipersonnel-mines.aspx', '2001—13; (Landmine Monitor 2006; cumulative computed from the published per-year figures)'),
 ('2002-12-31', 130, 'deposit', 'http://the-monitor.org/en-gb/reports/2006/landmine-monitor-2006/banning-antipersonnel-mines.aspx', '2002—8; (Landmine Monitor 2006; cumulative computed from the published per-year figures)'),
 ('2003-09-03', 136, 'deposit', 'http://members.iinet.net.au/~pictim/mines/icbl/index.html', 'As of 3rd September 2003 136 countries have ratified or acceded ... Belarus is the most recent to join, on 3 September 2003. (ICBL, Landmine Monitor 2003 release)'),
 ('2003-12-31', 141, 'deposit', 'http://the-monitor.org/en-gb/reports/2006/landmine-monitor-2006/banning-antipersonnel-mines.aspx', '2003—11; (Landmine Monitor 2006; cumulative computed from the published per-year figures)'),
 ('2004-12-31', 144, 'deposit', 'http://the-monitor.org/en-gb/reports/2006/landmine-monitor-2006/banning-antipersonnel-mines.aspx', '2004—3; (Landmine Monitor 2006; cumulative computed from the published per-year figures)'),
 ('2005-12-31', 148, 'deposit', 'http://the-monitor.org/en-gb/reports/2006/landmine-monitor-2006/banning-antipersonnel-mines.aspx', '2005—4; (Landmine Monitor 2006; cumulative computed from the published per-year figures)'),
 ('2006-07', 151, 'deposit', 'http://the-monitor.org/en-gb/reports/2006/landmine-monitor-2006/banning-antipersonnel-mines.aspx', 'Of the 151 States Parties, a total of 84 states ratified or acceded to the treaty after its entry into force ... 2006 (as of July)—3.'),
 ('2008', 156, 'deposit', 'http://www.the-monitor.org/en-gb/reports/2008/landmine-monitor-2008/ban-policy.aspx', 'Of the 156 States Parties, 131 signed and ratified the treaty, and 25 acceded. (Landmine Monitor 2008; reporting period May 2007 to May 2008; no as-of day in the excerpt)'),
 ('2009-02-05', 156, 'deposit', 'https://www.commondreams.org/newswire/2009/02/05/mine-free-world-mission-possible', 'the number of countries joining the treaty has continued to grow - from 40 in 1999 to 156 in 2009 (ICBL release, 5 Feb 2009)'),
 ('2011-09-23', 157, 'deposit', 'http://icbl.org/en-gb/news-and-events/news/2011/tuvalu-party-to-mine-ban-treaty.aspx', "Tuvalu's accession brings the total number of states now party to the lifesaving ban to 157. (ICBL, 23 Sep 2011; accession 13 Sep 2011)"),
 ('2011-11-11', 158, 'deposit', 'http://www.icbl.org/en-gb/news-and-events/news/2011/banning-landmines-commitment.aspx', 'The Republic of South Sudan ... has become the 158th State Party to the Mine Ban Treaty (ICBL, 11 Nov 2011, the day of deposit)'),
 ('2012-12-27', 161, 'deposit', 'http://www.icbl.org/index.php/icbl/Library/News/Universal/poland-ratification', 'Poland has become the 161st nation to join the 1997 Mine Ban Treaty ... deposited its instrument of ratification ... on 27 December 2012. (ICBL)'),
 ('2013-02', 161, 'deposit', 'https://www.spokesman.com/stories/2014/jun/28/161-states-have-signed-the-treaty', 'As of February 2013, 161 states are party to the treaty. (Arms Control Association, reprinted by the Spokesman-Review)'),
 ('2013-06-03', 161, 'in_force', 'http://eeas.europa.eu/delegations/un_geneva/press_corner/focus/events/2013/20130601_united_europe_landmines.htm', 'At present, there are 161 States Parties to the Convention. (EEAS, 3 Jun 2013, after entry into force for Poland on 1 Jun 2013; every deposited State was then also in force)'),
 ('2017-12-13', 163, 'deposit', 'https://www.lankaimage.com/2017/12/other-countries-should-reconsider.html', 'Sri Lanka deposited its instrument of accession to the treaty with the United Nations in New York, becoming the 163rd country to join. (HRW statement as reported)'),
 ('2019-02', 164, 'deposit', 'https://www.regjeringen.no/en/topics/foreign-affairs/humanitarian-efforts/mineban/id467182/', 'As of February 2019, 164 countries have ratified the MBT (Norwegian Government fact sheet)'),
 ('2022-08', 164, 'deposit', 'https://www.armscontrol.org/factsheets/ottawasigs', 'As of August 2022, 164 countries (including Palestine) had ratified or acceded to the treaty, and one country, the Marshall Islands, has signed the accord but has not ratified it.'),
 ('2025-03-12', 165, 'deposit', 'https://www.icblcmc.org/our-impact/marshall-islands-becomes-the-165th-state-party-to-the-mine-ban-treaty', 'Marshall Islands Becomes the 165th State Party ... On this date [1 September 2025], the Marshall Islands will formally join the other 164 States Parties (ICBL, 13 Mar 2025: headline counts by deposit, body by entry into force)'),
 ('2025-04', 165, 'deposit', 'https://armscontrol.org/node/14564', 'The treaty entered into force in 1999 and has 165 states-parties. (Arms Control Today, April 2025)'),
 ('2025-06-25', 166, 'deposit', 'https://icblcmc.org/our-impact/tonga-becomes-the-166th-state-party-to-the-mine-ban-treaty', 'This accession makes Tonga the 166th State Party to the convention (ICBL, 25 Jun 2025; in force for Tonga 1 Dec 2025)'),
 ('2025-07-24', 166, 'deposit', 'https://www.hrw.org/news/2025/07/24/ukraine-suspends-vital-mine-ban-treaty', 'A total of 166 countries have ratified it, including Ukraine. (HRW, 24 Jul 2025; counts EE/LV/LT, whose withdrawals were pending)'),
 ('2026-02-03', 162, 'deposit', 'https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XXVI-5&chapter=26&clang=_en', 'STATUS AS AT : 03-02-2026 10:16:18 EDT ... Status : Signatories : 132. Parties : 162 (depositary; counts deposits, minus the 4 withdrawals that had taken effect; Poland still counted; read via the copy in github mgaldino/treaties-ideal-point commit 746a24fa, data/raw/arms_control/html/ottawa.html)'),
]
buf = io.StringIO()
w = csv.writer(buf, lineterminator='\n')
w.writerow(['as_of', 'count', 'counting_rule', 'source', 'quote'])
for row in sorted(C, key=lambda r: r[0][:10]):
    w.writerow(row)
open(f'{HERE}/published-counts.csv', 'w', encoding='utf-8', newline='').write(buf.getvalue())

# check against the table
rows = list(csv.DictReader(open(f'{HERE}/ottawa-status.csv', encoding='utf-8')))
def cnt(d, rule):
    n = 0
    for r in rows:
        dep = r['deposited']
        if not dep or '/' in dep: continue
        start = dep if rule == 'deposit' else (r['in_force'] or None)
        if start is None:
            continue
        if start <= d and not (r['withdrawal_effective'] and r['withdrawal_effective'] <= d):
            n += 1
    return n
def hi(a):
    a = a.split('/')[-1]
    if len(a) == 4: return a + '-12-31'
    if len(a) == 7: return a + '-31'
    return a
def lo(a):
    a = a.split('/')[0]
    if len(a) == 4: return a + '-01-01'
    if len(a) == 7: return a + '-01'
    return a
out=[]
for as_of, n, rule, src, q in sorted(C, key=lambda r: r[0][:10]):
    a, b = cnt(lo(as_of), 'deposit'), cnt(hi(as_of), 'deposit')
    out.append((as_of, n, a if a == b else f'{a}-{b}', 'OK' if a <= n <= b else 'DIFF'))
for o in out: print(*o)
json.dump(out, open(f'{HERE}/raw/counts_check.json', 'w'))
