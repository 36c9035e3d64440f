/**
 * Every string the task pane shows, in zh-CN (the default) and English, in one catalogue.
 * Templates use `{name}` placeholders filled by `translate`; values are inserted as text by
 * React, never as HTML, so a unit name or file name cannot inject markup.
 *
 * The domain messages (validation findings, review reasons, file accounting reasons) come with
 * their registries in the scoring and workbook libraries in both languages; the host layer's
 * error texts and feature names live with their codes in src/office/ and are merged in here
 * (`hostError.<code>`, `feature.<name>`), so the UI has one place to look a string up.
 */
import { HOST_ERROR_TEXT, type HostErrorCode } from '../office/errors';
import { FEATURE_TEXT } from '../office/requirements';
import type { RequirementFeature } from '../office/types';

import { DEFAULT_LANG, type Lang } from '@ledger-review/scoring';

export type { Lang };
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];
export { DEFAULT_LANG };

const zhCN = {
  'app.title': '台账点评',
  'app.subtitle': '法治政府建设示范市创建“双月检查、季度点评”',
  'app.loading': '正在加载…',

  'lang.switchTo': 'English',
  'lang.switchLabel': '切换到英文界面',

  'tab.validate': '单位校验',
  'tab.consolidate': '汇总台账',
  'tab.review': '季度点评',
  'tab.listLabel': '功能',

  'host.excel': '已连接 Excel（{platform}）。',
  'host.platform.PC': 'Windows',
  'host.platform.Mac': 'Mac',
  'host.platform.OfficeOnline': '网页版',
  'host.platform.iOS': 'iPad',
  'host.platform.Android': 'Android',
  'host.platform.Universal': 'Windows 应用',
  'host.platform.unknown': '未知平台',
  'host.wps': '已连接 WPS 表格（{platform}）。',
  'host.platform.Windows': 'Windows',
  'host.platform.Linux': 'Linux（统信 UOS、银河麒麟等）',
  'host.browser': '浏览器模式：{reason}。可以上传 .xlsx 工作簿在本页处理，文件不会离开本机。',
  'host.browser.office-js-missing': '未能加载 Office.js（可能离线或被拦截）',
  'host.browser.not-in-office': '本页没有在 Excel 中打开',
  'host.browser.office-timeout': '等待 Office 响应超时',
  'host.browser.unsupported-host': '当前 Office 应用（{host}）不是 Excel',
  'host.browser.forced': '网址指定了浏览器模式',
  'host.missingTitle': '此版本的 Excel 缺少部分功能',
  'host.missing': '以下功能不可用：{features}。请升级到 Microsoft 365 版 Excel 或使用 Excel 网页版。',
  'list.separator': '；',
  'list.comma': '、',

  'hostErrorHelp.requirement-missing':
    '请升级到 Microsoft 365 版 Excel 或改用 Excel 网页版；也可以在浏览器中打开本页，上传工作簿处理。',
  'hostErrorHelp.sheet-not-found': '请确认该工作表没有被重命名或删除，然后重试。',
  'hostErrorHelp.office-error': '请稍后重试；如果仍然出错，请保存工作簿，关闭并重新打开任务窗格。',
  'error.unexpected': '发生意外错误：{message}',
  'error.engineLoad': '未能加载处理程序（{message}）。请检查网络后刷新本页。',
  'common.cancel': '取消',
  'common.cancelled': '已取消。',
  'common.working': '正在处理…',
  'common.makeFailed': '生成文件失败：{message}',
  'common.percent': '{value}%',

  'severity.error': '错误',
  'severity.warning': '警告',
  'severity.info': '说明',
  'issues.group': '{label}（{count}）',
  'issues.none': '没有发现问题。',
  'issues.partial': '问题较多，只列出前 {shown} 个（共 {total} 个）。',
  'issues.selectLabel': '在 Excel 中选中 {cell}',
  'issues.listLabel': '问题清单',

  'files.pick': '选择工作簿…',
  'files.dropHint': '或将 .xlsx 文件拖放到这里',
  'files.dropZoneLabel': '文件拖放区',
  'files.none': '尚未选择文件。',
  'files.count': '已选择 {count} 个文件，合计 {size}。',
  'files.reading': '还有 {count} 个文件正在读取…',
  'files.col.name': '文件名',
  'files.col.size': '大小',
  'files.col.status': '内容',
  'files.col.actions': '操作',
  'files.remove': '移除',
  'files.removeLabel': '移除 {name}',
  'files.clear': '全部清除',
  'files.duplicates': '已忽略重复的文件：{names}',
  'files.status.reading': '正在读取…',
  'files.status.ledger': '工作台账 · {unit} · {month}',
  'files.status.ledgerUnidentified': '工作台账（单位或月份无法确定）',
  'files.status.notLedger': '不是工作台账',
  'files.status.notLedgerBecause': '不是工作台账：{reason}',
  'files.status.counts': '{errors} 个错误，{warnings} 个警告',
  'files.status.ok': '通过校验',
  'files.status.inspection': '双月检查评分表 · {period}',
  'files.status.review': '季度点评工作簿 · {quarter}',
  'files.status.template': '指标模板工作簿',
  'files.status.unknownPeriod': '期间不明',

  'validate.introExcel':
    '检查当前工作簿中的本单位工作台账。编辑、粘贴、填充或撤销后会自动重新校验，有问题的单元格会标出颜色。',
  'validate.introBrowser':
    '上传本单位的月度工作台账（.xlsx），在本页检查，报送前改正所有错误。未安装 Excel 加载项（如使用 WPS）时也可以这样检查。',
  'validate.run': '校验台账',
  'validate.checking': '正在校验…',
  'validate.live': '编辑时实时校验',
  'validate.liveUnavailable':
    '此版本的 Excel 不支持实时校验（需要 ExcelApi 1.7），请在修改后点击“校验台账”。',
  'validate.lastChange': '最近一次修改：{sheet}!{address}（{source}）',
  'validate.source.Local': '本人',
  'validate.source.Remote': '共同编辑者',
  'validate.summary.unit': '单位',
  'validate.summary.month': '报告月份',
  'validate.summary.due': '报送截止',
  'validate.summary.version': '模板版本',
  'validate.summary.rows': '通过校验的行',
  'validate.summary.rowsValue': '{valid} / {applicable} 行',
  'validate.summary.unknown': '无法确定',
  'validate.due.left': '（还有 {days} 天）',
  'validate.due.today': '（今天截止）',
  'validate.due.over': '（已逾期 {days} 天）',
  'validate.canSubmit': '可以报送：没有发现错误。',
  'validate.canSubmitWarnings': '可以报送：没有错误；另有 {warnings} 个警告，建议核对后报送。',
  'validate.mustFix': '还有 {errors} 个错误，改正后才能报送。',
  'validate.notLedger.title': '这不是工作台账',
  'validate.notLedger.body': '请打开本单位的月度工作台账；如果还没有，请在下方下载当前模板填报。',
  'validate.template.outdated':
    '此台账使用的模板版本 {version} 已过时（当前为 {current}）。请在下方下载当前模板，把内容转填后报送。',
  'validate.template.unknown':
    '此台账的模板版本“{version}”不是办公室下发的版本（当前为 {current}）。请在下方下载当前模板填报。',
  'validate.template.no-metadata':
    '未找到台账模板的隐藏信息（复制到新工作簿时会丢失），按表头识别。建议在下方下载当前模板填报。',
  'validate.marksFailed': '未能在工作表中标出问题单元格：{message}',
  'validate.fileResults': '校验结果',

  'template.title': '下载当前台账模板',
  'template.intro': '按当前指标体系为本单位生成该月的台账（指标已预填并锁定，含下拉列表和数值校验）。',
  'template.unit': '单位',
  'template.month': '报告月份',
  'template.download': '下载台账模板',
  'template.done': '已下载 {file}。',

  'carry.title': '沿用上月',
  'carry.intro':
    '选择上月已报送的台账，生成本月台账：上月各行内容以及填报人、联系电话、审核人会预先填好（填报日期留空），修改后即可报送。',
  'carry.pick': '选择上月台账…',
  'carry.done':
    '已下载 {file}：沿用了{fromMonth}的 {rows} 行内容和填报人、联系电话、审核人；请更新本月情况并重新填写填报日期。',
  'carry.not-ledger': '所选文件不是工作台账，无法沿用。',
  'carry.unit-unknown': '无法确定所选台账的单位（单位名称不在名录中），无法沿用。',
  'carry.month-unknown': '无法确定所选台账的报告月份，无法沿用。',

  'consolidate.introExcel':
    '选择收到的各单位台账和双月检查评分表（可多选），一键汇总、校验、评分，并把点评表写入当前打开的工作簿。',
  'consolidate.introBrowser':
    '选择收到的各单位台账和双月检查评分表（可多选），一键汇总、校验、评分，结果可下载为点评工作簿。',
  'consolidate.extraFiles':
    '也可以一并选择指标模板工作簿（使用其中的指标体系和单位名录）和上季度的点评工作簿（用于判断连续检查性发言）。',
  'consolidate.runExcel': '汇总并写入当前工作簿',
  'consolidate.runBrowser': '汇总并点评',
  'consolidate.demo': '载入示例数据',
  'consolidate.demoHint':
    '没有文件？载入内置的示例季度（29 个单位的台账和检查评分表），看看汇总和点评的效果。',
  'status.title': '报送状态与催报',
  'status.intro': '按所选台账查看各单位每月台账的报送情况（按时、逾期、未报送、未到期），并生成可直接粘贴的催报文本。',
  'status.asOf': '截至日期',
  'status.run': '查看报送状态',
  'status.summary': '截至 {asOf}：按时 {onTime}，逾期 {late}，未报送 {missing}，未到期 {notDue}（单位×月份）',
  'status.noMonths': '截至 {asOf} 尚无到期的月份。',
  'status.chaseCount': '需催报 {count} 个单位：',
  'status.chaseUnit': '{unit}：{months}（最长逾期 {days} 天）',
  'status.textLabel': '催报文本（可直接复制粘贴）',
  'status.copy': '复制催报文本',
  'status.copied': '已复制。',
  'status.copyFailed': '无法自动复制，请在文本框中全选后复制。',
  'status.noFiles': '请先选择收到的台账。',
  'consolidate.quarterAuto': '按所选台账的月份推断。',
  'consolidate.quarterDefault': '默认点评上一个季度。',
  'consolidate.progress.reading-workbook': '正在读取当前工作簿中已有的点评表…',
  'consolidate.progress.consolidating': '正在汇总 {total} 个文件…',
  'consolidate.progress.writing': '正在写入工作表“{detail}”…',
  'consolidate.progress.sample': '正在生成示例文件（{done}/{total}）：{detail}',
  'consolidate.progress.rendering': '正在生成 {detail}…',
  'consolidate.result.summary':
    '{quarter}：共 {files} 个文件——已接收 {accepted}，已接收（有警告）{warned}，已接收（有错误）{withErrors}，已拒收 {rejected}，已被替换 {superseded}；采用台账 {ledgers} 份，检查记录 {inspections} 条。用时 {seconds} 秒。',
  'consolidate.result.written':
    '已写入当前工作簿：{sheets} 个工作表，{cells} 个单元格。排名和点评结果见“季度点评”。',
  'consolidate.result.ready': '汇总完成，排名和点评结果见“季度点评”。',
  'consolidate.result.skipped': '此版本的 Excel 未能设置：{features}。',
  'consolidate.result.template': '使用模板工作簿“{file}”中的指标体系、单位名录和评分规则。',
  'consolidate.result.templateInvalid': '模板工作簿有错误，本次使用内置的默认指标体系：',
  'consolidate.result.keptOpen': '保留了当前工作簿中已填写的分析原因、会议备注和收到日期。',
  'consolidate.result.keptFile': '保留了“{file}”中已填写的分析原因、会议备注和收到日期。',
  'consolidate.result.history': '判断连续检查性发言时依据了 {quarters} 的点评。',
  'consolidate.result.stale': '所选文件在汇总后有变化，请重新汇总。',
  'consolidate.download': '下载点评工作簿（.xlsx）',
  'consolidate.accounts': '文件清单',
  'consolidate.col.file': '文件',
  'consolidate.col.status': '状态',
  'consolidate.col.reason': '说明',
  'fileStatus.accepted': '已接收',
  'fileStatus.accepted-with-warnings': '已接收（有警告）',
  'fileStatus.accepted-with-errors': '已接收（有错误）',
  'fileStatus.rejected': '已拒收',
  'fileStatus.superseded': '已被替换',
  'fileStatus.ignored': '已忽略',
  'fileRole.status': '另作他用',
  'fileRole.template': '指标模板：本次使用其中的指标体系、单位名录和评分规则',
  'fileRole.template-invalid': '指标模板有错误，未使用',
  'fileRole.template-extra': '已有另一个指标模板，本文件未使用',
  'fileRole.existing-review': '本季度已有的点评工作簿：保留其中已填写的内容',
  'fileRole.previous-review': '往季点评工作簿：用于判断连续检查性发言',
  'fileRole.review-unused': '点评工作簿不属于之前的季度，未使用',

  'review.intro': '选择要点评的季度，查看本次点评依据的台账月份、双月检查和会议日期。',
  'review.year': '年度',
  'review.quarter': '季度',
  'review.quarterOption': '第{n}季度',
  'review.scheduleTitle': '{quarter}点评安排',
  'review.col.item': '项目',
  'review.col.period': '期间',
  'review.col.date': '日期',
  'review.ledger': '月度台账',
  'review.ledgerDue': '报送截止',
  'review.inspection': '双月检查',
  'review.inspectionEnds': '检查期末',
  'review.meeting': '季度点评会议',
  'review.meetingDate': '会议日期',
  'review.settingsNote':
    '日期按评分规则默认值计算：台账次月 {dueDay} 日前报送，点评会在季度结束后次月 {reviewDay} 日召开。',
  'review.noRun': '在“汇总台账”中汇总本季度收到的文件后，这里显示各组排名和点评结果。',
  'review.otherQuarter': '已汇总的是{quarter}；要点评所选季度，请在“汇总台账”中重新汇总。',
  'review.rankingTitle': '{group}排名',
  'review.group.县区': '县区（含功能区）',
  'review.group.市直': '市直单位',
  'review.col.rank': '名次',
  'review.col.unit': '单位',
  'review.col.composite': '综合得分',
  'review.parts': '检查得分率 {inspection} · 报送及时率 {timeliness} · 填报质量 {quality}',
  'review.tied': '并列',
  'review.proposedMark': '（建议）',
  'review.proposedNote':
    '标“（建议）”的结果是拟提议事项，须由办公室在点评工作簿的“点评结果”表中确认后才生效。',
  'review.downloads': '下载',
  'review.downloadReview': '下载点评工作簿（.xlsx）',
  'review.templatesTitle': '各单位台账模板',
  'review.templatesMonth': '报告月份',
  'review.templatesDownload': '下载 {count} 份台账模板（.zip）',
  'review.templatesDone': '已下载 {file}：{count} 份，其中 {carried} 份沿用了上月已汇总的内容。',
  'review.templatesRectification': '其中 {units} 份附“整改情况”表，列出本单位未销号的整改事项（共 {items} 项）。',
  'review.inspectionTitle': '双月检查评分表',
  'review.inspectionPeriod': '检查期间',
  'review.inspectionDownload': '下载检查评分表',
  'review.inspectionDone': '已下载 {file}：{units} 个单位的自评分已按期内最新台账预填。',
  'review.inspectionRecheck': '“整改复查”表列出 {items} 项未销号的整改事项，供检查组复查。',
  'review.reviewDone': '已下载 {file}。',
  'review.documentsTitle': '公文',
  'review.documentsNote':
    '点评通报、点评会议通知、通报批评决定和约谈通知书（如有），以及每个单位一页的“本单位情况”，按 GB/T 9704 公文格式排版（.docx），数字取自点评工作簿。',
  'review.documentsDownload': '下载本季度公文（.zip）',
  'review.documentsDone': '已下载 {file}：{count} 个文书。',
  'review.unitHint': '点击排名表中的单位，查看“本单位情况”。',
  'review.unit.title': '本单位情况：{unit}',
  'review.unit.close': '关闭',
  'review.unit.loading': '正在读取…',
  'review.unit.composite': '综合得分',
  'review.unit.rank': '组内排名',
  'review.unit.rankValue': '第 {rank} 名（共 {size} 个）',
  'review.unit.change': '较上季度',
  'review.unit.noPrevious': '无上季度数据',
  'review.unit.scoreUp': '增加 {delta} 分',
  'review.unit.scoreDown': '减少 {delta} 分',
  'review.unit.scoreSame': '得分持平',
  'review.unit.rankUp': '上升 {n} 位',
  'review.unit.rankDown': '下降 {n} 位',
  'review.unit.rankSame': '名次不变',
  'review.unit.inspection': '检查得分率',
  'review.unit.timeliness': '报送及时率',
  'review.unit.quality': '填报质量',
  'review.unit.ledgers': '台账报送',
  'review.unit.areas': '各方面得分',
  'review.unit.col.area': '检查内容',
  'review.unit.col.score': '得分 / 应得分',
  'review.unit.col.deducted': '扣分',
  'review.unit.open': '待整改事项（{count} 项）',
  'review.unit.col.problem': '问题',
  'review.unit.col.deadline': '整改时限',
  'review.unit.more': '另有 {count} 项，见点评工作簿“整改台账”。',
  'review.unit.noOpen': '无待整改事项。',
  'review.charts.title': '图表',
  'review.charts.composites': '{group}综合得分',
  'review.charts.trend': '{group}综合得分变化',
  'review.charts.composite': '综合得分',
  'review.charts.experienceLine': '经验介绍线（{score} 分）',
  'review.charts.statementLine': '检查性发言线（{score} 分）',
  'review.charts.loading': '正在加载图表…',
  'review.charts.failed': '图表无法显示：{message}',
  'review.charts.trendNote': '灰线为本组各单位，蓝线为选中的单位（点击排名表中的单位可更换）。',
  'review.charts.noTrend': '历次点评中还没有往季的综合得分，暂不显示变化图。',

  // Deployment and real-Excel behaviour (issue 9).
  'host.browser.office-js-failed': '在 Excel 中打开，但未能加载 Office.js',
  'host.officeJsFailed.title': '无法连接 Excel',
  'host.officeJsFailed.body':
    '本窗格由 {host}（{platform}）打开，但 Office.js 没有加载成功或没有响应（常见原因：内网无法访问微软的 CDN），因此不能读写当前工作簿。请联系信息化部门改用“本地 office.js”部署（见部署指南）。在此之前，可以在本窗格上传工作簿处理，结果以下载方式提供。',

  'refuse.ledger':
    '当前打开的是单位的工作台账，不能把汇总结果写进去（会替换台账的隐藏信息）。请新建一个空白工作簿，或打开上次的点评工作簿，再点“汇总并写入当前工作簿”。',
  'refuse.template': '当前打开的是指标模板工作簿，不能把汇总结果写进去。请新建一个空白工作簿，或打开上次的点评工作簿后再汇总。',
  'refuse.inspection':
    '当前打开的是双月检查评分表，不能把汇总结果写进去。请新建一个空白工作簿，或打开上次的点评工作簿后再汇总。',
  'consolidate.confirm.title': '要替换当前工作簿中的工作表吗？',
  'consolidate.confirm.body':
    '当前工作簿中已有名为 {sheets} 的工作表，它们不是台账点评生成的。继续将用点评表替换它们：原内容会被删除，且不能用“撤销”恢复。',
  'consolidate.confirm.replace': '替换并继续',
  'consolidate.confirm.keep': '取消，保留原工作表',
  'consolidate.result.undoOne': '可以用 Excel 的“撤销”一步撤回本次写入。',
  'consolidate.result.undoNone': '写入工作表会清空 Excel 的撤销记录，本次写入不能用“撤销”恢复。',
  'consolidate.accountsCount': '查看每个文件的处理结果（{count} 个）',
  'files.summary': '已选择 {count} 个文件（{size}）：{parts}。',
  'files.part.ledger': '台账 {n} 份',
  'files.part.ledgerErrors': '其中 {n} 份有错误',
  'files.part.inspection': '检查评分表 {n} 份',
  'files.part.template': '指标模板 {n} 份',
  'files.part.review': '点评工作簿 {n} 份',
  'files.part.notLedger': '不是台账 {n} 个',
  'files.part.unreadable': '无法读取 {n} 个',
  'files.part.reading': '读取中 {n} 个',
  'files.attention': '需要注意：',
  'files.showAll': '查看全部 {count} 个文件',
  'validate.liveTriggers':
    '修改、粘贴、填充或撤销单元格后自动校验。Excel 网页版从下拉列表选择（如“完成状态”）时不通知加载项，要在离开该单元格后才校验。随时可以点“校验台账”。',
  'validate.waitingForEdit': '正在等您完成单元格输入，完成后自动校验。',
  'review.saved.reading': '正在读取当前工作簿中的点评表…',
  'review.saved.from':
    '以下是当前工作簿“综合排名”表中的结果（{quarter}）。要按新收到的文件重新点评，请在“汇总台账”中汇总。',
  'download.openedInExcel': '已在 Excel 中打开新工作簿“{file}”，请用“文件 > 另存为”保存。',
  'download.handedToWebview': '已把 {file} 交给 Excel 下载；如果没有出现保存提示，请在浏览器中打开本页下载。',
  'download.macCannot':
    'Mac 版 Excel 的任务窗格不能下载文件，{file} 没有保存。请在浏览器（Safari、Chrome 等）中打开本页下载。',

  'tab.round': '双月检查',
  'tab.annual': '年度汇总',

  'files.useShared': '同时使用“汇总台账”中已选的文件（{count} 个）',

  'round.intro': '检查前：生成检查通知和检查评分表（自评分取自所选台账，未整改事项取自所选的最近一次季度点评工作簿）。检查后：选择评分完成的检查评分表，生成各单位的检查反馈单和检查情况报告。',
  'round.period': '检查期间',
  'round.beforeTitle': '检查前',
  'round.noticeDownload': '下载检查通知',
  'round.noticeDone': '已生成 {file}：{units} 个单位，{open} 项未整改事项列入复查。',
  'round.scoringDownload': '下载检查评分表',
  'round.scoringDone': '已生成 {file}：{prefilled} 个单位已预填自评分，{open} 项整改待复查。',
  'round.afterTitle': '检查后',
  'round.afterHint': '选择评分完成的检查评分表（可与本期台账一起选择），然后汇总检查结果。',
  'round.run': '汇总检查结果',
  'round.noResults': '所选文件中没有{period}的检查评分表。',
  'round.summary': '{period}：{units} 个单位，平均得分率 {average}%，低于 {line}% 的 {below} 个，发现问题 {items} 项。',
  'round.below': '低于 {line}% 的单位：',
  'round.belowUnit': '{unit}（{rate}%）',
  'round.noneBelow': '没有得分率低于 {line}% 的单位。',
  'round.inspectionFiles': '使用的检查评分表：{files}',
  'round.notices': '提示（{count}）：',
  'round.inputErrors': '检查评分表中有 {errors} 个错误，结果已生成，请核对。',
  'round.stale': '所选文件或检查期间已变化，请重新汇总检查结果。',
  'round.feedbackDownload': '下载各单位检查反馈单（{count} 份，zip）',
  'round.feedbackDone': '已生成 {file}：{count} 份检查反馈单。',
  'round.reportDownload': '下载检查情况报告',
  'round.reportDone': '已生成 {file}。',

  'annual.intro': '选择本年度各季度的点评工作簿（可加入上次生成的年度汇总，以保留办公室确认），汇总每个单位各季度的综合得分、排名和变化，以及年度评先资格和文明单位称号的提议。',
  'annual.year': '年度',
  'annual.run': '生成年度汇总',
  'annual.quarters': '已汇总：{quarters}',
  'annual.missing': '缺少：{quarters}（未选择该季度的点评工作簿）',
  'annual.noReviews': '所选文件中没有 {year} 年的季度点评工作簿。',
  'annual.duplicate': '{quarter}有两个点评工作簿（{files}），无法判断以哪个为准，请只保留一个。',
  'annual.ignored': '未使用 {count} 个文件：{files}',
  'annual.ignoredMore': '等，另有 {count} 个',
  'annual.ignored.other-year': '{file}（{quarter}）',
  'annual.ignored.not-review': '{file}（不是季度点评工作簿）',
  'annual.ignored.unreadable': '{file}（无法读取）',
  'annual.kept': '保留了 {file} 中的办公室确认。',
  'annual.col.unit': '单位',
  'annual.tableLabel': '{group}：各季度综合得分、排名和变化',
  'annual.rank': '第{rank}名',
  'annual.tied': '并列',
  'annual.up': '↑{value}',
  'annual.down': '↓{value}',
  'annual.same': '持平',
  'annual.proposals': '年度提议：取消评先资格 {disqualify} 个单位，建议取消文明单位称号 {civilized} 个单位（在年度汇总中由办公室确认）。',
  'annual.proposal': '{outcome}：{unit}（{reasons}）',
  'annual.proposal.disqualify': '取消年度综合考评评先资格',
  'annual.proposal.revokeCivilized': '建议取消文明单位荣誉称号',
  'annual.download': '下载年度汇总',
  'annual.downloadDone': '已生成 {file}。',
  'annual.stale': '所选文件或年度已变化，请重新生成年度汇总。',

  'decisions.title': '办公室调整',
  'decisions.intro': '计算出的经验介绍和检查性发言名单是建议：办公室可以增加或取消单位，并写明理由。调整写入点评工作簿“点评结果”中的“办公室调整”表，重新汇总时保留，之后的通报、约谈和下季度点评都按确认名单。',
  'decisions.outcome': '名单',
  'decisions.outcome.experience': '经验介绍',
  'decisions.outcome.statement': '检查性发言',
  'decisions.action': '调整',
  'decisions.action.add': '增加',
  'decisions.action.remove': '取消',
  'decisions.unit': '单位',
  'decisions.noCandidates': '没有可以这样调整的单位。',
  'decisions.reason': '调整理由（必填）',
  'decisions.reasonMissing': '请填写调整理由。',
  'decisions.submitExcel': '写入工作簿并重新点评',
  'decisions.submitBrowser': '调整并重新点评',
  'decisions.confirmedTitle': '确认名单',
  'decisions.list': '{outcome}（{count} 个单位）',
  'decisions.listEmpty': '{outcome}：无',
  'decisions.unitLine': '{unit}（{composite} 分，组内第 {rank} 名）',
  'decisions.added': '办公室增加：{reason}',
  'decisions.removed': '办公室取消：{unit}（{reason}）',
  'decisions.lines': '已录入的调整（{count}）',
  'decisions.line': '{outcome} · {action} · {unit}：{reason}',
  'decisions.applied': '已生效',
} as const;

type BaseKey = keyof typeof zhCN;
type HostErrorKey = `hostError.${HostErrorCode}`;
type FeatureKey = `feature.${RequirementFeature}`;
export type UiKey = BaseKey | HostErrorKey | FeatureKey;

const en: Record<BaseKey, string> = {
  'app.title': 'Ledger Review',
  'app.subtitle': 'Rule-of-law government model city: bimonthly inspection, quarterly review',
  'app.loading': 'Loading…',

  'lang.switchTo': '中文',
  'lang.switchLabel': 'Switch the interface to Chinese',

  'tab.validate': 'Validate',
  'tab.consolidate': 'Consolidate',
  'tab.review': 'Quarterly review',
  'tab.listLabel': 'Features',

  'host.excel': 'Connected to Excel ({platform}).',
  'host.platform.PC': 'Windows',
  'host.platform.Mac': 'Mac',
  'host.platform.OfficeOnline': 'the web',
  'host.platform.iOS': 'iPad',
  'host.platform.Android': 'Android',
  'host.platform.Universal': 'Windows app',
  'host.platform.unknown': 'unknown platform',
  'host.wps': 'Connected to WPS Spreadsheets ({platform}).',
  'host.platform.Windows': 'Windows',
  'host.platform.Linux': 'Linux (UOS, Kylin …)',
  'host.browser':
    'Browser mode: {reason}. You can upload .xlsx workbooks and work on them here; files never leave this computer.',
  'host.browser.office-js-missing': 'Office.js did not load (offline or blocked)',
  'host.browser.not-in-office': 'this page is not open inside Excel',
  'host.browser.office-timeout': 'Office did not answer in time',
  'host.browser.unsupported-host': 'the Office application ({host}) is not Excel',
  'host.browser.forced': 'the address asks for browser mode',
  'host.missingTitle': 'This version of Excel lacks some features',
  'host.missing': 'Not available: {features}. Update to Excel for Microsoft 365 or use Excel on the web.',
  'list.separator': '; ',
  'list.comma': ', ',

  'hostErrorHelp.requirement-missing':
    'Update to Excel for Microsoft 365 or use Excel on the web; or open this page in a browser and upload the workbook.',
  'hostErrorHelp.sheet-not-found': 'Check that the sheet was not renamed or deleted, then try again.',
  'hostErrorHelp.office-error':
    'Try again in a moment; if it keeps failing, save the workbook and close and reopen the task pane.',
  'error.unexpected': 'Unexpected error: {message}',
  'error.engineLoad':
    'The processing code could not be loaded ({message}). Check the network and reload the page.',
  'common.cancel': 'Cancel',
  'common.cancelled': 'Cancelled.',
  'common.working': 'Working…',
  'common.makeFailed': 'Could not make the file: {message}',
  'common.percent': '{value}%',

  'severity.error': 'Errors',
  'severity.warning': 'Warnings',
  'severity.info': 'Notes',
  'issues.group': '{label} ({count})',
  'issues.none': 'No problems found.',
  'issues.partial': 'Many problems: only the first {shown} of {total} are listed.',
  'issues.selectLabel': 'Select {cell} in Excel',
  'issues.listLabel': 'Problems',

  'files.pick': 'Choose workbooks…',
  'files.dropHint': 'or drop .xlsx files here',
  'files.dropZoneLabel': 'File drop zone',
  'files.none': 'No files chosen yet.',
  'files.count': '{count} file(s) chosen, {size} in total.',
  'files.reading': '{count} file(s) still being read…',
  'files.col.name': 'File',
  'files.col.size': 'Size',
  'files.col.status': 'Contents',
  'files.col.actions': 'Actions',
  'files.remove': 'Remove',
  'files.removeLabel': 'Remove {name}',
  'files.clear': 'Clear all',
  'files.duplicates': 'Ignored duplicate files: {names}',
  'files.status.reading': 'Reading…',
  'files.status.ledger': 'Work ledger · {unit} · {month}',
  'files.status.ledgerUnidentified': 'Work ledger (unit or month unknown)',
  'files.status.notLedger': 'Not a work ledger',
  'files.status.notLedgerBecause': 'Not a work ledger: {reason}',
  'files.status.counts': '{errors} error(s), {warnings} warning(s)',
  'files.status.ok': 'valid',
  'files.status.inspection': 'Inspection workbook · {period}',
  'files.status.review': 'Review workbook · {quarter}',
  'files.status.template': 'Indicator template workbook',
  'files.status.unknownPeriod': 'period unknown',

  'validate.introExcel':
    "Checks your unit's work ledger in this workbook. After typing, pasting, filling or undoing it checks again, and problem cells are highlighted.",
  'validate.introBrowser':
    "Upload your unit's monthly work ledger (.xlsx) to check it here and fix every error before sending it. This also works without the Excel add-in (e.g. in WPS).",
  'validate.run': 'Validate ledger',
  'validate.checking': 'Checking…',
  'validate.live': 'Live validation while editing',
  'validate.liveUnavailable':
    'This version of Excel cannot validate live (needs ExcelApi 1.7); click “Validate ledger” after editing.',
  'validate.lastChange': 'Last change: {sheet}!{address} ({source})',
  'validate.source.Local': 'you',
  'validate.source.Remote': 'a co-author',
  'validate.summary.unit': 'Unit',
  'validate.summary.month': 'Month',
  'validate.summary.due': 'Due',
  'validate.summary.version': 'Template version',
  'validate.summary.rows': 'Valid rows',
  'validate.summary.rowsValue': '{valid} / {applicable} rows',
  'validate.summary.unknown': 'unknown',
  'validate.due.left': ' ({days} days left)',
  'validate.due.today': ' (due today)',
  'validate.due.over': ' ({days} days overdue)',
  'validate.canSubmit': 'Ready to send: no errors found.',
  'validate.canSubmitWarnings': 'Ready to send: no errors; {warnings} warning(s) worth checking first.',
  'validate.mustFix': '{errors} error(s) left; fix them before sending.',
  'validate.notLedger.title': 'This is not a work ledger',
  'validate.notLedger.body':
    "Open your unit's monthly work ledger; if you do not have one yet, download the current template below.",
  'validate.template.outdated':
    'This ledger uses template version {version}, which is outdated (current: {current}). Download the current template below and copy your entries into it.',
  'validate.template.unknown':
    'Template version “{version}” was not issued by the office (current: {current}). Download the current template below.',
  'validate.template.no-metadata':
    "The template's hidden information is missing (copying into a new workbook loses it); identified by the header. Better download the current template below.",
  'validate.marksFailed': 'Could not highlight the problem cells: {message}',
  'validate.fileResults': 'Results',

  'template.title': 'Download the current ledger template',
  'template.intro':
    "Makes your unit's ledger for the month from the current indicators (indicators pre-filled and locked, with drop-downs and value checks).",
  'template.unit': 'Unit',
  'template.month': 'Month',
  'template.download': 'Download ledger template',
  'template.done': 'Downloaded {file}.',

  'carry.title': 'Carry last month forward',
  'carry.intro':
    "Choose last month's ledger as sent to make this month's: its rows and the filler, phone and reviewer are pre-filled (the filled-in date is left blank), so you only edit what changed.",
  'carry.pick': "Choose last month's ledger…",
  'carry.done':
    'Downloaded {file}: {rows} rows and the filler, phone and reviewer carried from {fromMonth}; update this month and fill in the date again.',
  'carry.not-ledger': 'The chosen file is not a work ledger; nothing to carry forward.',
  'carry.unit-unknown': "The chosen ledger's unit is not in the roster; nothing to carry forward.",
  'carry.month-unknown': "The chosen ledger's month cannot be determined; nothing to carry forward.",

  'consolidate.introExcel':
    'Choose the ledgers and inspection workbooks received (several at once): one click consolidates, validates and scores them and writes the review sheets into the open workbook.',
  'consolidate.introBrowser':
    'Choose the ledgers and inspection workbooks received (several at once): one click consolidates, validates and scores them; the review workbook can then be downloaded.',
  'consolidate.extraFiles':
    "You may add the indicator template workbook (its indicators and roster are then used) and the previous quarter's review workbook (for consecutive self-critical statements).",
  'consolidate.runExcel': 'Consolidate into this workbook',
  'consolidate.runBrowser': 'Consolidate and review',
  'consolidate.demo': 'Load sample data',
  'consolidate.demoHint':
    'No files? Load the bundled sample quarter (ledgers and inspection workbooks of 29 units) to see consolidation and review at work.',
  'status.title': 'Submission status and reminders',
  'status.intro': "Each unit's monthly ledgers among the chosen files (on time, late, missing, not yet due), and a reminder text ready to paste.",
  'status.asOf': 'As of',
  'status.run': 'Show submission status',
  'status.summary': 'As of {asOf}: {onTime} on time, {late} late, {missing} not submitted, {notDue} not yet due (unit × month)',
  'status.noMonths': 'As of {asOf} no month is due yet.',
  'status.chaseCount': '{count} unit(s) to remind:',
  'status.chaseUnit': '{unit}: {months} (up to {days} days overdue)',
  'status.textLabel': 'Reminder text (copy and paste)',
  'status.copy': 'Copy the reminder text',
  'status.copied': 'Copied.',
  'status.copyFailed': 'Could not copy automatically: select all in the text box and copy.',
  'status.noFiles': 'Choose the ledgers received first.',
  'consolidate.quarterAuto': "Inferred from the chosen ledgers' months.",
  'consolidate.quarterDefault': 'By default the previous quarter.',
  'consolidate.progress.reading-workbook': 'Reading the review sheets already in this workbook…',
  'consolidate.progress.consolidating': 'Consolidating {total} file(s)…',
  'consolidate.progress.writing': 'Writing sheet “{detail}”…',
  'consolidate.progress.sample': 'Making sample files ({done}/{total}): {detail}',
  'consolidate.progress.rendering': 'Making {detail}…',
  'consolidate.result.summary':
    '{quarter}: {files} file(s) — {accepted} accepted, {warned} accepted with warnings, {withErrors} accepted with errors, {rejected} rejected, {superseded} superseded; {ledgers} ledgers used, {inspections} inspection records. Took {seconds} s.',
  'consolidate.result.written':
    'Written into this workbook: {sheets} sheets, {cells} cells. Rankings and outcomes are under “Quarterly review”.',
  'consolidate.result.ready': 'Consolidated. Rankings and outcomes are under “Quarterly review”.',
  'consolidate.result.skipped': 'This version of Excel could not set: {features}.',
  'consolidate.result.template':
    'Using the indicators, roster and scoring rules of the template workbook “{file}”.',
  'consolidate.result.templateInvalid': 'The template workbook has errors; the built-in defaults are used:',
  'consolidate.result.keptOpen':
    'Kept the cause analysis, meeting remarks and received dates typed in this workbook.',
  'consolidate.result.keptFile':
    'Kept the cause analysis, meeting remarks and received dates typed in “{file}”.',
  'consolidate.result.history':
    'Consecutive self-critical statements were judged with the reviews of {quarters}.',
  'consolidate.result.stale': 'The chosen files changed since; consolidate again.',
  'consolidate.download': 'Download the review workbook (.xlsx)',
  'consolidate.accounts': 'Files',
  'consolidate.col.file': 'File',
  'consolidate.col.status': 'Status',
  'consolidate.col.reason': 'Reason',
  'fileStatus.accepted': 'Accepted',
  'fileStatus.accepted-with-warnings': 'Accepted with warnings',
  'fileStatus.accepted-with-errors': 'Accepted with errors',
  'fileStatus.rejected': 'Rejected',
  'fileStatus.superseded': 'Superseded',
  'fileStatus.ignored': 'Ignored',
  'fileRole.status': 'Other use',
  'fileRole.template': 'Indicator template: its indicators, roster and scoring rules are used',
  'fileRole.template-invalid': 'Indicator template with errors; not used',
  'fileRole.template-extra': 'Another indicator template is already used; not used',
  'fileRole.existing-review': "This quarter's review workbook: what was typed in it is kept",
  'fileRole.previous-review': 'Earlier review workbook: used for consecutive self-critical statements',
  'fileRole.review-unused': 'Review workbook not of an earlier quarter; not used',

  'review.intro':
    'Choose the quarter to review and see which ledger months, bimonthly inspections and meeting date it uses.',
  'review.year': 'Year',
  'review.quarter': 'Quarter',
  'review.quarterOption': 'Q{n}',
  'review.scheduleTitle': 'Review schedule for {quarter}',
  'review.col.item': 'Item',
  'review.col.period': 'Period',
  'review.col.date': 'Date',
  'review.ledger': 'Monthly ledger',
  'review.ledgerDue': 'due',
  'review.inspection': 'Bimonthly inspection',
  'review.inspectionEnds': 'period ends',
  'review.meeting': 'Quarterly review meeting',
  'review.meetingDate': 'meeting',
  'review.settingsNote':
    'Dates use the default scoring settings: ledgers are due by day {dueDay} of the next month; the review meets on day {reviewDay} of the month after the quarter.',
  'review.noRun':
    'Consolidate the files received for the quarter under “Consolidate”; rankings and outcomes then show here.',
  'review.otherQuarter':
    'The consolidated quarter is {quarter}; to review the chosen quarter, consolidate again under “Consolidate”.',
  'review.rankingTitle': 'Ranking: {group}',
  'review.group.县区': 'counties, districts and zones',
  'review.group.市直': 'city departments',
  'review.col.rank': 'Rank',
  'review.col.unit': 'Unit',
  'review.col.composite': 'Composite',
  'review.parts': 'inspection {inspection} · on time {timeliness} · quality {quality}',
  'review.tied': 'tied',
  'review.proposedMark': ' (proposed)',
  'review.proposedNote':
    'Outcomes marked “(proposed)” take effect only once the office confirms them on the outcomes sheet of the review workbook.',
  'review.downloads': 'Downloads',
  'review.downloadReview': 'Download the review workbook (.xlsx)',
  'review.templatesTitle': 'Ledger templates for every unit',
  'review.templatesMonth': 'Month',
  'review.templatesDownload': 'Download {count} ledger templates (.zip)',
  'review.templatesDone':
    'Downloaded {file}: {count} files, {carried} pre-filled from last month as consolidated.',
  'review.templatesRectification': ' {units} of them carry a rectification sheet listing the unit’s open items ({items} in all).',
  'review.inspectionTitle': 'Bimonthly inspection workbook',
  'review.inspectionPeriod': 'Inspection period',
  'review.inspectionDownload': 'Download the inspection workbook',
  'review.inspectionDone':
    "Downloaded {file}: self-scores of {units} units pre-filled from each unit's latest ledger in the period.",
  'review.inspectionRecheck': ' Its re-check sheet lists {items} open rectification items for the team.',
  'review.reviewDone': 'Downloaded {file}.',
  'review.documentsTitle': 'Official documents',
  'review.documentsNote':
    'The review circular, the meeting notice, the criticism decision and interview notices (when any), and a one-page summary per unit, laid out as GB/T 9704 official documents (.docx), with the review workbook\'s numbers.',
  'review.documentsDownload': 'Download the quarter\'s documents (.zip)',
  'review.documentsDone': 'Downloaded {file}: {count} documents.',
  'review.unitHint': 'Click a unit in the ranking to see its summary.',
  'review.unit.title': 'Unit summary: {unit}',
  'review.unit.close': 'Close',
  'review.unit.loading': 'Reading…',
  'review.unit.composite': 'Composite',
  'review.unit.rank': 'Rank in group',
  'review.unit.rankValue': '{rank} of {size}',
  'review.unit.change': 'Against last quarter',
  'review.unit.noPrevious': 'no previous quarter',
  'review.unit.scoreUp': 'up {delta} points',
  'review.unit.scoreDown': 'down {delta} points',
  'review.unit.scoreSame': 'same score',
  'review.unit.rankUp': '{n} places higher',
  'review.unit.rankDown': '{n} places lower',
  'review.unit.rankSame': 'same rank',
  'review.unit.inspection': 'Inspection rate',
  'review.unit.timeliness': 'Timeliness',
  'review.unit.quality': 'Quality',
  'review.unit.ledgers': 'Ledgers',
  'review.unit.areas': 'Scores by area',
  'review.unit.col.area': 'Area',
  'review.unit.col.score': 'Score / available',
  'review.unit.col.deducted': 'Deducted',
  'review.unit.open': 'Open rectification items ({count})',
  'review.unit.col.problem': 'Problem',
  'review.unit.col.deadline': 'Deadline',
  'review.unit.more': '{count} more in the review workbook\'s rectification sheet.',
  'review.unit.noOpen': 'No open items.',
  'review.charts.title': 'Charts',
  'review.charts.composites': '{group}: composites',
  'review.charts.trend': '{group}: composites over the quarters',
  'review.charts.composite': 'Composite',
  'review.charts.experienceLine': 'Experience line ({score})',
  'review.charts.statementLine': 'Statement line ({score})',
  'review.charts.loading': 'Loading the charts…',
  'review.charts.failed': 'The charts cannot be shown: {message}',
  'review.charts.trendNote': 'Grey: the group\'s units; blue: the selected unit (click a unit in the ranking).',
  'review.charts.noTrend': 'No earlier composites in the review history yet: no trend to show.',

  // Deployment and real-Excel behaviour (issue 9).
  'host.browser.office-js-failed': 'opened in Excel, but Office.js did not load',
  'host.officeJsFailed.title': 'Cannot connect to Excel',
  'host.officeJsFailed.body':
    "{host} ({platform}) opened this pane, but Office.js did not load or did not answer (usually: the intranet cannot reach Microsoft's CDN), so the pane cannot read or write this workbook. Ask your IT department to deploy with the local copy of office.js (see the deployment guide). Meanwhile you can upload workbooks here; results are offered as downloads.",

  'refuse.ledger':
    "The open workbook is a unit's ledger; the consolidation is not written into it (that would replace the ledger's hidden information). Create a blank workbook, or open last time's review workbook, then click “Consolidate into this workbook”.",
  'refuse.template':
    'The open workbook is the indicator template; the consolidation is not written into it. Create a blank workbook, or open the last review workbook, and consolidate there.',
  'refuse.inspection':
    'The open workbook is an inspection workbook; the consolidation is not written into it. Create a blank workbook, or open the last review workbook, and consolidate there.',
  'consolidate.confirm.title': 'Replace sheets in this workbook?',
  'consolidate.confirm.body':
    'This workbook already has sheets named {sheets} that Ledger Review did not create. Going on replaces them with the review sheets: their contents are deleted and cannot be restored with Undo.',
  'consolidate.confirm.replace': 'Replace and continue',
  'consolidate.confirm.keep': 'Cancel, keep the sheets',
  'consolidate.result.undoOne': 'Excel’s Undo takes this write back in one step.',
  'consolidate.result.undoNone': 'Writing sheets clears Excel’s undo history; this write cannot be undone with Undo.',
  'consolidate.accountsCount': 'Show the result for each file ({count})',
  'files.summary': '{count} file(s) chosen ({size}): {parts}.',
  'files.part.ledger': '{n} ledger(s)',
  'files.part.ledgerErrors': '{n} with errors',
  'files.part.inspection': '{n} inspection workbook(s)',
  'files.part.template': '{n} template workbook(s)',
  'files.part.review': '{n} review workbook(s)',
  'files.part.notLedger': '{n} not a ledger',
  'files.part.unreadable': '{n} unreadable',
  'files.part.reading': '{n} still reading',
  'files.attention': 'Needs attention:',
  'files.showAll': 'Show all {count} files',
  'validate.liveTriggers':
    'Checked after you edit, paste, fill or undo cells. Excel on the web does not tell add-ins about a value picked from a dropdown (such as status): that is checked once you leave the cell. “Validate ledger” checks at any time.',
  'validate.waitingForEdit': 'Waiting for you to finish typing in the cell; the check runs then.',
  'review.saved.reading': 'Reading the review sheets of this workbook…',
  'review.saved.from':
    'These are the results on this workbook’s ranking sheet ({quarter}). To review newly received files, consolidate them under “Consolidate”.',
  'download.openedInExcel': 'Opened “{file}” as a new workbook in Excel; save it with File > Save As.',
  'download.handedToWebview':
    'Handed {file} to Excel to download; if no save prompt appeared, open this page in a browser to download it.',
  'download.macCannot':
    'The task pane of Excel for Mac cannot download files, so {file} was not saved. Open this page in a browser (Safari, Chrome…) to download it.',

  'tab.round': 'Inspection',
  'tab.annual': 'Annual',

  'files.useShared': 'Also use the files picked under Consolidate ({count})',

  'round.intro': 'Before the round: make the inspection notice and the scoring workbook (self-scores from the picked ledgers, open rectification items from the latest picked quarterly review). After scoring: pick the scored workbooks to make each unit’s feedback form and the round report.',
  'round.period': 'Inspection period',
  'round.beforeTitle': 'Before the round',
  'round.noticeDownload': 'Download the inspection notice',
  'round.noticeDone': 'Made {file}: {units} units, {open} open rectification item(s) to re-check.',
  'round.scoringDownload': 'Download the scoring workbook',
  'round.scoringDone': 'Made {file}: self-scores pre-filled for {prefilled} unit(s), {open} rectification item(s) to re-check.',
  'round.afterTitle': 'After scoring',
  'round.afterHint': 'Pick the scored workbooks (with the period’s ledgers if you like), then summarise the results.',
  'round.run': 'Summarise the results',
  'round.noResults': 'No scoring workbook of {period} among the picked files.',
  'round.summary': '{period}: {units} units, average score rate {average}%, {below} below {line}%, {items} problem(s) found.',
  'round.below': 'Below {line}%:',
  'round.belowUnit': '{unit} ({rate}%)',
  'round.noneBelow': 'No unit below {line}%.',
  'round.inspectionFiles': 'Scoring workbooks used: {files}',
  'round.notices': 'Notes ({count}):',
  'round.inputErrors': 'The scoring workbooks hold {errors} error(s); the results were made, please check them.',
  'round.stale': 'The picked files or the period changed: summarise the results again.',
  'round.feedbackDownload': 'Download every unit’s feedback form ({count}, zip)',
  'round.feedbackDone': 'Made {file}: {count} feedback form(s).',
  'round.reportDownload': 'Download the round report',
  'round.reportDone': 'Made {file}.',

  'annual.intro': 'Pick the year’s quarterly review workbooks (add the last annual roll-up to keep the office’s confirmations) to see each unit’s composite, rank and change per quarter, and the year’s proposals.',
  'annual.year': 'Year',
  'annual.run': 'Make the annual roll-up',
  'annual.quarters': 'Rolled up: {quarters}',
  'annual.missing': 'Missing: {quarters} (no review workbook picked)',
  'annual.noReviews': 'No quarterly review workbook of {year} among the picked files.',
  'annual.duplicate': '{quarter} has two review workbooks ({files}); which one counts cannot be told, keep only one.',
  'annual.ignored': '{count} file(s) not used: {files}',
  'annual.ignoredMore': ' and {count} more',
  'annual.ignored.other-year': '{file} ({quarter})',
  'annual.ignored.not-review': '{file} (not a quarterly review)',
  'annual.ignored.unreadable': '{file} (unreadable)',
  'annual.kept': 'Kept the office’s confirmations from {file}.',
  'annual.col.unit': 'Unit',
  'annual.tableLabel': '{group}: composite, rank and change per quarter',
  'annual.rank': '#{rank}',
  'annual.tied': 'tied',
  'annual.up': '↑{value}',
  'annual.down': '↓{value}',
  'annual.same': 'same',
  'annual.proposals': 'Proposals for the year: {disqualify} unit(s) to lose eligibility for honours, {civilized} civilized-unit title(s) to revoke (the office confirms them in the roll-up).',
  'annual.proposal': '{outcome}: {unit} ({reasons})',
  'annual.proposal.disqualify': 'Eligibility for the annual honours withdrawn',
  'annual.proposal.revokeCivilized': 'Civilized-unit title to be revoked',
  'annual.download': 'Download the annual roll-up',
  'annual.downloadDone': 'Made {file}.',
  'annual.stale': 'The picked files or the year changed: make the roll-up again.',

  'decisions.title': 'Office decisions',
  'decisions.intro': 'The computed experience and statement lists are proposals: the office may add or remove a unit, with a reason. The decision goes into the review workbook’s decision table, is kept on every re-run, and the notices, interviews and next quarter follow the confirmed lists.',
  'decisions.outcome': 'List',
  'decisions.outcome.experience': 'Experience presentation',
  'decisions.outcome.statement': 'Self-critical statement',
  'decisions.action': 'Change',
  'decisions.action.add': 'Add',
  'decisions.action.remove': 'Remove',
  'decisions.unit': 'Unit',
  'decisions.noCandidates': 'No unit can be changed this way.',
  'decisions.reason': 'Reason (required)',
  'decisions.reasonMissing': 'Give the reason.',
  'decisions.submitExcel': 'Write to the workbook and review again',
  'decisions.submitBrowser': 'Apply and review again',
  'decisions.confirmedTitle': 'Confirmed lists',
  'decisions.list': '{outcome} ({count} unit(s))',
  'decisions.listEmpty': '{outcome}: none',
  'decisions.unitLine': '{unit} ({composite}, #{rank} in group)',
  'decisions.added': 'Added by the office: {reason}',
  'decisions.removed': 'Removed by the office: {unit} ({reason})',
  'decisions.lines': 'Decisions typed ({count})',
  'decisions.line': '{outcome} · {action} · {unit}: {reason}',
  'decisions.applied': 'applied',
};

function hostKeys(lang: Lang): Record<HostErrorKey | FeatureKey, string> {
  const out = {} as Record<HostErrorKey | FeatureKey, string>;
  for (const [code, text] of Object.entries(HOST_ERROR_TEXT))
    out[`hostError.${code as HostErrorCode}`] = text[lang];
  for (const [feature, text] of Object.entries(FEATURE_TEXT))
    out[`feature.${feature as RequirementFeature}`] = text[lang];
  return out;
}

export const UI_CATALOGUE: Readonly<Record<Lang, Readonly<Record<UiKey, string>>>> = Object.freeze({
  'zh-CN': { ...zhCN, ...hostKeys('zh-CN') },
  en: { ...en, ...hostKeys('en') },
});

export type UiParams = Readonly<Record<string, string | number>>;

/** Names of the `{placeholders}` in a template, in order of appearance. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
}

/**
 * The message for `key` in `lang` with its placeholders filled. A placeholder without a value
 * stays visible as `{name}` so a missing argument shows up in review instead of vanishing.
 */
export function translate(lang: Lang, key: UiKey, params: UiParams = {}): string {
  const template = UI_CATALOGUE[lang][key] ?? UI_CATALOGUE[DEFAULT_LANG][key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

export function hasKey(key: string): key is UiKey {
  return Object.prototype.hasOwnProperty.call(UI_CATALOGUE[DEFAULT_LANG], key);
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** `1536` → `1.5 KB`; binary units, one decimal above 1 KB, digits in the UI language. */
export function formatFileSize(bytes: number, lang: Lang): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = new Intl.NumberFormat(lang, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
  return `${digits} ${units[unit]}`;
}

/** A number with fixed decimals in the UI language's digits (`86.50`). */
export function formatNumber(value: number, lang: Lang, decimals: number): string {
  return new Intl.NumberFormat(lang, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
}
