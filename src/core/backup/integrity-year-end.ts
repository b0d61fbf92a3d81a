import { absent, unique, type Context } from './integrity'

/**
 * The whole-database checks of the bình xét and award tables (schema v8), beside the others in
 * `integrity.ts`: every ballot, count, proposal and dossier belongs to a year that exists and
 * names only units of that year's cluster; a later round follows its parent in the same year; one
 * count per ballot and one dossier per year; the catalogue's codes are unique per cluster;
 * history, lineage and decisions point at rows that exist. The year's leading unit (set by the
 * suy tôn) is a member of that year.
 */

/** Ballots and their counts, and the leading unit of each year. */
export function checkBallots({
  rows,
  issues,
  years,
  meetings,
  unitName,
  ofYearCluster,
  members
}: Context): void {
  rows.clusterYears.forEach((year, i) => {
    if (year.leadingUnitId && !members.get(year.id)?.has(year.leadingUnitId))
      issues.add(
        'clusterYears',
        i,
        year,
        `đơn vị dẫn đầu ${unitName(year.leadingUnitId)} không có trong danh sách đơn vị của năm`
      )
  })
  const ballots = new Map(rows.ballots.map((b) => [b.id, b]))
  rows.ballots.forEach((ballot, i) => {
    if (!years.byId.has(ballot.clusterYearId))
      return issues.add('ballots', i, ballot, absent('năm thi đua', ballot.clusterYearId))
    if (
      ballot.meetingId &&
      meetings.byId.get(ballot.meetingId)?.clusterYearId !== ballot.clusterYearId
    )
      issues.add(
        'ballots',
        i,
        ballot,
        `hội nghị (mã ${ballot.meetingId}) không phải hội nghị của năm đó`
      )
    if (ballot.parentBallotId) {
      const parent = ballots.get(ballot.parentBallotId)
      if (!parent)
        issues.add('ballots', i, ballot, absent('phiếu lần trước', ballot.parentBallotId))
      else if (parent.clusterYearId !== ballot.clusterYearId || parent.round + 1 !== ballot.round)
        issues.add(
          'ballots',
          i,
          ballot,
          'phiếu lần sau không nối tiếp phiếu lần trước của cùng năm'
        )
    }
    for (const section of ballot.sections)
      for (const c of section.candidates)
        if (!ofYearCluster(ballot.clusterYearId, c.unitId))
          issues.add(
            'ballots',
            i,
            ballot,
            `đơn vị ${unitName(c.unitId)} trên phiếu không thuộc cụm`
          )
  })
  unique(
    'ballotCounts',
    rows.ballotCounts,
    (c) => c.ballotId,
    () => 'phiếu này đã có biên bản kiểm phiếu ở một dòng khác',
    issues
  )
  rows.ballotCounts.forEach((count, i) => {
    const ballot = ballots.get(count.ballotId)
    if (!ballot)
      return issues.add('ballotCounts', i, count, absent('phiếu bình xét', count.ballotId))
    for (const member of count.board)
      if (member.unitId && !ofYearCluster(ballot.clusterYearId, member.unitId))
        issues.add(
          'ballotCounts',
          i,
          count,
          `thành viên Ban kiểm phiếu ${member.name}: đơn vị ${unitName(member.unitId)} không thuộc cụm`
        )
  })
}

/** The catalogue, proposals, award history, lineage and dossiers. */
export function checkAwards({
  rows,
  issues,
  clusters,
  years,
  units,
  documents,
  unitName,
  ofYearCluster,
  isClusterUnit
}: Context): void {
  const types = new Map(rows.awardTypes.map((t) => [t.id, t]))
  unique(
    'awardTypes',
    rows.awardTypes,
    (t) => `${t.clusterId}|${t.code}`,
    (t) => `mã hình thức “${t.code}” đã có ở một dòng khác của cùng cụm`,
    issues
  )
  rows.awardTypes.forEach((type, i) => {
    if (!clusters.byId.has(type.clusterId))
      issues.add('awardTypes', i, type, absent('cụm thi đua', type.clusterId))
  })
  const proposals = new Map(rows.awardProposals.map((p) => [p.id, p]))
  rows.awardProposals.forEach((p, i) => {
    const year = years.byId.get(p.clusterYearId)
    if (!year) return issues.add('awardProposals', i, p, absent('năm thi đua', p.clusterYearId))
    if (!ofYearCluster(p.clusterYearId, p.unitId))
      issues.add('awardProposals', i, p, `đơn vị ${unitName(p.unitId)} không thuộc cụm`)
    for (const typeId of [p.awardTypeId, p.decision?.finalAwardTypeId ?? '']) {
      if (!typeId) continue
      const type = types.get(typeId)
      if (!type) issues.add('awardProposals', i, p, absent('hình thức khen thưởng', typeId))
      else if (type.clusterId !== year.clusterId)
        issues.add('awardProposals', i, p, `hình thức “${type.shortName}” thuộc cụm khác`)
    }
  })
  rows.pastAwards.forEach((award, i) => {
    if (!units.byId.has(award.unitId))
      return issues.add('pastAwards', i, award, absent('đơn vị', award.unitId))
    if (award.awardTypeId && !types.has(award.awardTypeId))
      issues.add('pastAwards', i, award, absent('hình thức khen thưởng', award.awardTypeId))
    if (award.proposalId && !proposals.has(award.proposalId))
      issues.add('pastAwards', i, award, absent('đề nghị khen thưởng', award.proposalId))
  })
  rows.unitLineageEvents.forEach((event, i) => {
    if (!clusters.byId.has(event.clusterId))
      return issues.add('unitLineageEvents', i, event, absent('cụm thi đua', event.clusterId))
    for (const unitId of [...event.fromUnitIds, ...event.toUnitIds])
      if (!isClusterUnit(event.clusterId, unitId))
        issues.add('unitLineageEvents', i, event, `đơn vị ${unitName(unitId)} không thuộc cụm`)
  })
  unique(
    'awardDossiers',
    rows.awardDossiers,
    (d) => d.clusterYearId,
    () => 'năm thi đua này đã có hồ sơ khen thưởng ở một dòng khác',
    issues
  )
  rows.awardDossiers.forEach((d, i) => {
    if (!years.byId.has(d.clusterYearId))
      issues.add('awardDossiers', i, d, absent('năm thi đua', d.clusterYearId))
    if (d.submissionDocumentId && !documents.byId.has(d.submissionDocumentId))
      issues.add(
        'awardDossiers',
        i,
        d,
        `số văn bản (mã ${d.submissionDocumentId}) không có trong sổ văn bản`
      )
  })
}
