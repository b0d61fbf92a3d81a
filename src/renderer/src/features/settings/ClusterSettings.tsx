import { useState } from 'react'
import type { FormatProfile } from '@core/documents/profile'
import type { Cluster, MemberUnit } from '@core/model/entities'
import { compareForms, type CompareSpec } from '../../components/concurrency/compare'
import { RecordChangedBanner } from '../../components/concurrency/RecordChangedBanner'
import { useSaveGuard } from '../../components/concurrency/useSaveGuard'
import { useDatabase } from '../../db/DatabaseContext'
import { updateCluster, type ClusterInput } from '../../db/repositories/clusters-repo'
import { formatProfileStamp, saveFormatProfile } from '../../db/repositories/profile-repo'
import { ClusterForm } from './ClusterForm'
import { ClusterRulesForm } from './ClusterRulesForm'
import { FIELDS, FormatProfileForm } from './FormatProfileForm'

interface Props {
  /** The cluster as stored now (live). */
  cluster: Cluster
  units: MemberUnit[] | undefined
  profile: FormatProfile
  /** When the profile was last saved, live ('' never). */
  profileStamp: string
}

/**
 * The forms of Cài đặt that write the cluster (its identity, its rules) and its format profile,
 * each save starting from what the page read (issue 16, point 2): a change saved meanwhile in
 * another window, or a restore, is shown with "Tải lại" and "So sánh" (what changed there) and a
 * save over it is refused. The identity and rules forms write different fields of the same
 * cluster, so they share one guard: saving one is not a change "elsewhere" for the other.
 */
export function ClusterSettings({ cluster, units, profile, profileStamp }: Props) {
  const db = useDatabase()
  const [opened, setOpened] = useState(cluster)
  const [round, setRound] = useState(0)
  const clusterGuard = useSaveGuard({ updatedAt: cluster.updatedAt })
  const profileGuard = useSaveGuard({ updatedAt: profileStamp })
  const [openedProfile, setOpenedProfile] = useState(profile)

  async function saveCluster(input: ClusterInput) {
    try {
      const row = await updateCluster(db, cluster.id, input, clusterGuard.base())
      clusterGuard.accept({ updatedAt: row.updatedAt })
      setOpened(row)
    } catch (error) {
      clusterGuard.refuse(error)
      throw error
    }
  }

  async function saveProfile(input: unknown) {
    try {
      const saved = await saveFormatProfile(db, cluster.id, input, profileGuard.base())
      profileGuard.accept({ updatedAt: await formatProfileStamp(db, cluster.id) })
      setOpenedProfile(saved)
    } catch (error) {
      profileGuard.refuse(error)
      throw error
    }
  }

  const reloadCluster = () => {
    clusterGuard.accept({ updatedAt: cluster.updatedAt })
    setOpened(cluster)
    setRound((r) => r + 1)
  }
  const reloadProfile = () => {
    profileGuard.accept({ updatedAt: profileStamp })
    setOpenedProfile(profile)
    setRound((r) => r + 1)
  }
  const nameOf = (id: string) => units?.find((u) => u.id === id)?.name ?? id

  return (
    <>
      <section className="panel" aria-labelledby="cluster-title">
        <h2 id="cluster-title">Thông tin cụm thi đua</h2>
        <RecordChangedBanner
          guard={clusterGuard}
          dirty
          compare={() => compareCluster(opened, cluster, nameOf)}
          columns={OPENED_COLUMNS}
          onReload={reloadCluster}
        />
        <ClusterForm
          key={`${cluster.id}-${round}`}
          initial={cluster}
          submitLabel="Lưu thay đổi"
          onSubmit={saveCluster}
        />
      </section>
      <section className="panel" aria-labelledby="rules-title">
        <h2 id="rules-title">Quy định của cụm</h2>
        {units ? (
          <ClusterRulesForm
            key={`${cluster.id}-${round}`}
            cluster={cluster}
            units={units}
            onSubmit={(rules, rotationOrder) => saveCluster({ ...cluster, rules, rotationOrder })}
          />
        ) : (
          <p role="status">Đang tải…</p>
        )}
      </section>
      <section className="panel" aria-labelledby="profile-title">
        <h2 id="profile-title">Thể thức văn bản</h2>
        <p className="muted">
          Mặc định theo Nghị định 30/2020/NĐ-CP: khổ A4, phông Times New Roman, lề trên và dưới 20
          mm, lề trái 30 mm, lề phải 15 mm.
        </p>
        <RecordChangedBanner
          guard={profileGuard}
          dirty
          compare={() => compareForms(openedProfile, profile, PROFILE_COMPARE)}
          onReload={reloadProfile}
          columns={OPENED_COLUMNS}
        />
        <FormatProfileForm
          key={`${cluster.id}-${round}`}
          profile={profile}
          onSubmit={saveProfile}
        />
      </section>
    </>
  )
}

const RULES_LABEL = 'Quy định của cụm (biểu quyết, sổ văn bản, chấm điểm)'

/** What the page opened with against what is stored now; the rules are told as changed or not. */
function compareCluster(opened: Cluster, stored: Cluster, unitName: (id: string) => string) {
  return compareForms(opened, stored, clusterCompareSpec(unitName)).map((d) =>
    d.label === RULES_LABEL ? { ...d, mine: 'như khi mở trang', theirs: 'đã được sửa' } : d
  )
}

/** "So sánh" for the cluster, with the labels of the screen. */
function clusterCompareSpec(unitName: (id: string) => string): CompareSpec<Cluster> {
  return {
    name: 'Tên cụm',
    parentBody: 'Cơ quan chủ quản',
    headerLines: 'Dòng tiêu đề phía trên tên cụm',
    issuerLine: 'Dòng tên cụm trên tiêu đề văn bản',
    placeName: 'Địa danh ghi ở dòng ngày tháng',
    symbol: 'Ký hiệu văn bản của cụm',
    higherBody: 'Cơ quan cấp trên nhận văn bản',
    rules: { label: RULES_LABEL, text: (rules) => JSON.stringify(rules) },
    rotationOrder: {
      label: 'Thứ tự luân phiên',
      text: (order) => (order ?? []).map(unitName).join(' → ')
    }
  }
}

/** This page compares what it opened with (its forms start from it) and what is stored now. */
const OPENED_COLUMNS = { mine: 'Khi mở trang này', theirs: 'Bản đang lưu' }

const PROFILE_COMPARE: CompareSpec<FormatProfile> = Object.fromEntries(
  FIELDS.map((field) => [field.key, field.label])
)
