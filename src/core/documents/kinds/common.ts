import type { Cluster } from '../../model/entities'
import { toUpperVietnamese } from '../../text/normalize'
import { parseIsoDate, placeDateLine } from '../../text/vietnamese'
import type { HeaderBlock, Signer } from '../model'

/** A number given by the register: `05` of `TB` in 2026. */
export interface IssuedNumber {
  number: number
  typeCode: string
  /**
   * The date the register records for the document, when the builder should print it: for a
   * document with no date of its own (a Giấy mời) it is the day the number was first issued, so a
   * later re-export prints the same date as the register.
   */
  issuedOn?: string
}

/** `05/TB-CTĐ1`: number padded below 10, no spaces (ND30 Phụ lục I, II.3). */
export function documentSymbol(number: number, typeCode: string, issuerSymbol: string): string {
  const padded = number < 10 ? `0${number}` : String(number)
  return typeCode ? `${padded}/${typeCode}-${issuerSymbol}` : `${padded}/${issuerSymbol}`
}

/** `Số: 05/TB-CTĐ1`, or `Số:      /TB-CTĐ1` with room to write the number by hand. */
export function numberLine(
  issued: IssuedNumber | null,
  typeCode: string,
  issuerSymbol: string
): string {
  if (issued) return `Số: ${documentSymbol(issued.number, issued.typeCode, issuerSymbol)}`
  return `Số:      /${typeCode ? `${typeCode}-` : ''}${issuerSymbol}`
}

/** The cluster's bold issuer line: as stored, or its name in Vietnamese uppercase. */
export function issuerLine(cluster: Cluster): string {
  return cluster.issuerLine || toUpperVietnamese(cluster.name)
}

/**
 * Header of a document issued by the cluster itself (pattern A of official-layout.md §2.4):
 * the parent lines, the cluster in bold, the number, the place and date.
 */
export function clusterHeader(
  cluster: Cluster,
  options: {
    typeCode: string
    issued: IssuedNumber | null
    issuedOn: string
    year: number
    withDate: boolean
  }
): HeaderBlock {
  return {
    kind: 'header',
    parentLines: cluster.headerLines,
    issuerLines: [issuerLine(cluster)],
    numberLine: numberLine(options.issued, options.typeCode, cluster.symbol),
    regardingLine: null,
    placeDateLine: options.withDate
      ? placeDateLine(cluster.placeName, parseIsoDate(options.issuedOn), options.year)
      : null
  }
}

/**
 * Header of an internal table of the cluster (a tracking table, a rotation plan): not a numbered
 * document, so no number line, and a date line left blank to write by hand.
 */
export function internalTableHeader(cluster: Cluster, year: number): HeaderBlock {
  return {
    ...clusterHeader(cluster, { typeCode: '', issued: null, issuedOn: '', year, withDate: true }),
    numberLine: null
  }
}

/** The default signer of a cluster document: `TM. CỤM THI ĐUA SỐ 1` / `CỤM TRƯỞNG`. */
export function defaultClusterSigner(cluster: Cluster, name = ''): Signer {
  return { titleLines: [`TM. ${issuerLine(cluster)}`, 'CỤM TRƯỞNG'], name }
}

/** The usual Nơi nhận of a cluster document, ending with `Lưu: VT`. */
export function defaultRecipients(cluster: Cluster): string[] {
  return [
    ...(cluster.higherBody ? [`${cluster.higherBody} (để báo cáo)`] : []),
    'Các đơn vị trong Cụm',
    'Lưu: VT'
  ]
}
