"""The problem report's words in the six working languages, made without Qt.

A report goes back to a region in the region's language, whatever language staff work in, so
these templates are data (like the tier names in defaults.py), not UI translations. Each code has
(what is wrong, what to do); placeholders are those of messages.MESSAGES. A language or code
missing here falls back to English.
"""

from __future__ import annotations

from typing import Any

Words = dict[str, tuple[str, str]]

PROBLEMS: dict[str, Words] = {
    "field_missing": {
        "en": ("This cell is empty, but it is required.", "Fill it in and send the sheet again."),
        "ko": ("필수 항목인데 비어 있습니다.", "내용을 입력한 뒤 시트를 다시 보내 주십시오."),
        "zh": ("此单元格为必填项，但为空。", "请填写后重新发送表格。"),
        "ja": ("必須項目ですが空欄です。", "記入してからシートを再送してください。"),
        "ru": ("Обязательная ячейка пуста.", "Заполните её и пришлите таблицу ещё раз."),
        "mn": ("Заавал бөглөх нүд хоосон байна.", "Бөглөөд хүснэгтээ дахин илгээнэ үү."),
    },
    "date_unparseable": {
        "en": ("This is not a date the app can read.", "Write the date as YYYY-MM-DD, e.g. "
               "2010-05-03."),
        "ko": ("날짜로 읽을 수 없습니다.", "YYYY-MM-DD 형식으로 입력해 주십시오(예: 2010-05-03)."),
        "zh": ("无法识别为日期。", "请按 YYYY-MM-DD 格式填写，例如 2010-05-03。"),
        "ja": ("日付として読み取れません。", "YYYY-MM-DD の形式で記入してください（例: 2010-05-03）。"),
        "ru": ("Не удаётся прочитать дату.", "Запишите дату как ГГГГ-ММ-ДД, например 2010-05-03."),
        "mn": ("Огноог уншиж чадсангүй.", "Огноог ЖЖЖЖ-СС-ӨӨ хэлбэрээр бичнэ үү, жишээ нь "
               "2010-05-03."),
    },
    "date_impossible": {
        "en": ("This date does not exist or lies in the future.", "Check the birth date and "
               "correct it."),
        "ko": ("존재하지 않거나 미래의 날짜입니다.", "생년월일을 확인하고 고쳐 주십시오."),
        "zh": ("该日期不存在或晚于今天。", "请核对并更正出生日期。"),
        "ja": ("存在しない日付、または未来の日付です。", "生年月日を確認して訂正してください。"),
        "ru": ("Такой даты не бывает, или она ещё не наступила.", "Проверьте и исправьте дату "
               "рождения."),
        "mn": ("Ийм огноо байхгүй эсвэл ирээдүйн огноо байна.", "Төрсөн огноог шалгаж засна уу."),
    },
    "age_out_of_range": {
        "en": ("The student is {age} on {reference_date}; the contest is for ages {min} to "
               "{max}.", "Check the birth date. If it is right, the work cannot take part."),
        "ko": ("{reference_date} 기준 {age}세로, 참가 연령({min}~{max}세)에 맞지 않습니다.",
               "생년월일을 확인해 주십시오. 맞다면 이 작품은 참가할 수 없습니다."),
        "zh": ("截至 {reference_date} 该学生 {age} 岁，不在 {min}–{max} 岁的参赛范围内。",
               "请核对出生日期。若无误，该作品不能参赛。"),
        "ja": ("{reference_date} 時点で {age} 歳で、応募できる {min}～{max} 歳に当たりません。",
               "生年月日を確認してください。正しければ、この作品は応募できません。"),
        "ru": ("На {reference_date} ученику {age} лет, а конкурс для возраста от {min} до "
               "{max} лет.", "Проверьте дату рождения. Если она верна, работа не может "
               "участвовать."),
        "mn": ("{reference_date}-ны байдлаар сурагч {age} настай; уралдаанд {min}-{max} насны "
               "хүүхэд оролцоно.", "Төрсөн огноог шалгана уу. Зөв бол энэ бүтээл оролцох "
               "боломжгүй."),
    },
    "consent_missing": {
        "en": ("No guardian consent is recorded for {name}.", "Collect the guardian's consent "
               "and write \"yes\"; until then the work cannot be judged."),
        "ko": ("{name} 학생의 보호자 동의가 없습니다.", "보호자 동의를 받아 \"예\"로 적어 "
               "주십시오. 그 전에는 심사할 수 없습니다."),
        "zh": ("{name} 没有监护人同意记录。", "请取得监护人同意并填写“是”；在此之前作品不能参评。"),
        "ja": ("{name} さんの保護者の同意が記録されていません。", "保護者の同意を得て「はい」と"
               "記入してください。それまで審査できません。"),
        "ru": ("Для {name} нет согласия родителя или опекуна.", "Получите согласие и впишите "
               "«да»; до этого работа не оценивается."),
        "mn": ("{name}-ийн асран хамгаалагчийн зөвшөөрөл бүртгэгдээгүй.", "Зөвшөөрөл аваад "
               "\"тийм\" гэж бичнэ үү; түүнээс өмнө бүтээлийг шүүх боломжгүй."),
    },
    "consent_unclear": {
        "en": ("\"{value}\" does not say yes or no.", "Write \"yes\" if the guardian agreed, "
               "otherwise \"no\"."),
        "ko": ("\"{value}\"은(는) 예/아니오로 읽을 수 없습니다.", "보호자가 동의했으면 \"예\", "
               "아니면 \"아니오\"로 적어 주십시오."),
        "zh": ("“{value}”既不是“是”也不是“否”。", "监护人同意请填“是”，否则填“否”。"),
        "ja": ("「{value}」は「はい」「いいえ」のどちらでもありません。", "保護者が同意していれば"
               "「はい」、そうでなければ「いいえ」と記入してください。"),
        "ru": ("«{value}» — это не «да» и не «нет».", "Впишите «да», если согласие есть, иначе "
               "«нет»."),
        "mn": ("\"{value}\" нь тийм эсвэл үгүй гэсэн утгагүй.", "Зөвшөөрсөн бол \"тийм\", үгүй "
               "бол \"үгүй\" гэж бичнэ үү."),
    },
    "image_missing": {
        "en": ("The image file \"{value}\" is not in the batch.", "Add the file, or correct its "
               "name in the sheet."),
        "ko": ("이미지 파일 \"{value}\"이(가) 없습니다.", "파일을 추가하거나 시트의 파일 이름을 "
               "고쳐 주십시오."),
        "zh": ("提交的文件中没有图片“{value}”。", "请补充该文件，或更正表格中的文件名。"),
        "ja": ("画像ファイル「{value}」が見つかりません。", "ファイルを追加するか、シートの"
               "ファイル名を訂正してください。"),
        "ru": ("Файла изображения «{value}» нет в пакете.", "Добавьте файл или исправьте его "
               "имя в таблице."),
        "mn": ("\"{value}\" зургийн файл илгээсэн багцад алга.", "Файлаа нэмэх эсвэл хүснэгт "
               "дэх нэрийг засна уу."),
    },
    "image_unreadable": {
        "en": ("The image \"{value}\" cannot be opened: it is damaged, incomplete or not a "
               "JPEG, PNG, TIFF, WebP or HEIC file.", "Send the file again."),
        "ko": ("이미지 \"{value}\"을(를) 열 수 없습니다(손상, 일부 누락, 또는 지원하지 않는 "
               "형식).", "JPEG, PNG, TIFF, WebP, HEIC 파일로 다시 보내 주십시오."),
        "zh": ("图片“{value}”无法打开：文件损坏、不完整或格式不受支持。",
               "请以 JPEG、PNG、TIFF、WebP 或 HEIC 格式重新发送。"),
        "ja": ("画像「{value}」を開けません（破損、欠落、または非対応の形式）。",
               "JPEG、PNG、TIFF、WebP、HEIC のいずれかで再送してください。"),
        "ru": ("Изображение «{value}» не открывается: файл повреждён, не полон или не в "
               "формате JPEG, PNG, TIFF, WebP, HEIC.", "Пришлите файл ещё раз."),
        "mn": ("\"{value}\" зургийг нээж чадсангүй: файл гэмтсэн, дутуу эсвэл дэмжигдээгүй "
               "хэлбэртэй.", "JPEG, PNG, TIFF, WebP, HEIC файлаар дахин илгээнэ үү."),
    },
    "image_too_large": {
        "en": ("The image \"{value}\" is too large to open safely.", "Send a photograph or "
               "scan of at most 100 megapixels."),
        "ko": ("이미지 \"{value}\"이(가) 너무 커서 안전하게 열 수 없습니다.",
               "1억 화소 이하의 사진이나 스캔 파일로 보내 주십시오."),
        "zh": ("图片“{value}”过大，无法安全打开。", "请发送不超过一亿像素的照片或扫描件。"),
        "ja": ("画像「{value}」は大きすぎて安全に開けません。", "1億画素以下の写真またはスキャン"
               "画像を送ってください。"),
        "ru": ("Изображение «{value}» слишком велико, чтобы открыть его безопасно.",
               "Пришлите фото или скан не больше 100 мегапикселей."),
        "mn": ("\"{value}\" зураг хэт том тул аюулгүй нээх боломжгүй.", "100 мегапикселээс "
               "ихгүй зураг эсвэл скан илгээнэ үү."),
    },
    "group_inconsistent": {
        "en": ("Rows of work {entry_no} disagree: \"{value}\" here, \"{first_value}\" in row "
               "{first_row}.", "Give every row of one work the same title and image."),
        "ko": ("작품 {entry_no}의 행끼리 내용이 다릅니다: 이 행은 \"{value}\", {first_row}행은 "
               "\"{first_value}\".", "한 작품의 모든 행에 같은 제목과 이미지를 적어 주십시오."),
        "zh": ("作品 {entry_no} 的各行不一致：此行为“{value}”，第 {first_row} 行为"
               "“{first_value}”。", "同一作品的每一行请填写相同的标题和图片。"),
        "ja": ("作品 {entry_no} の行の内容が一致しません（この行は「{value}」、{first_row} 行目は"
               "「{first_value}」）。", "同じ作品の行には同じ題名と画像を記入してください。"),
        "ru": ("Строки работы {entry_no} расходятся: здесь «{value}», в строке {first_row} — "
               "«{first_value}».", "У всех строк одной работы название и изображение должны "
               "совпадать."),
        "mn": ("{entry_no} бүтээлийн мөрүүд зөрж байна: энд \"{value}\", {first_row}-р мөрөнд "
               "\"{first_value}\".", "Нэг бүтээлийн бүх мөрөнд ижил нэр, зураг бичнэ үү."),
    },
    "duplicate_row": {
        "en": ("This student is already listed for this work in row {first_row}.",
               "The repeated row was left out; delete it from the sheet."),
        "ko": ("이 학생은 {first_row}행에 이미 있습니다.", "중복된 행은 제외했습니다. 시트에서 "
               "지워 주십시오."),
        "zh": ("该学生已在第 {first_row} 行列出。", "重复的行已被忽略，请从表格中删除。"),
        "ja": ("この生徒は {first_row} 行目にすでにあります。", "重複した行は除外しました。"
               "シートから削除してください。"),
        "ru": ("Этот ученик уже указан для этой работы в строке {first_row}.",
               "Повтор пропущен; удалите его из таблицы."),
        "mn": ("Энэ сурагч {first_row}-р мөрөнд аль хэдийн бичигдсэн.", "Давхардсан мөрийг "
               "алгассан; хүснэгтээс устгана уу."),
    },
    "image_duplicate_exact": {
        "en": ("The image \"{value}\" is the same file as work {other_entry_no} "
               "({other_region}, edition {other_edition}).", "Each work needs its own image; "
               "a work of an earlier edition cannot enter again."),
        "ko": ("이미지 \"{value}\"은(는) 작품 {other_entry_no}({other_region}, 제{other_edition}"
               "회)와 같은 파일입니다.", "작품마다 고유한 이미지가 필요하며, 지난 대회 작품은 "
               "다시 출품할 수 없습니다."),
        "zh": ("图片“{value}”与作品 {other_entry_no}（{other_region}，第 {other_edition} 届）"
               "是同一文件。", "每件作品须有自己的图片；往届作品不能再次参赛。"),
        "ja": ("画像「{value}」は作品 {other_entry_no}（{other_region}、第{other_edition}回）と"
               "同じファイルです。", "作品ごとに別の画像が必要です。過去の回の作品は再応募"
               "できません。"),
        "ru": ("Изображение «{value}» — тот же файл, что у работы {other_entry_no} "
               "({other_region}, {other_edition}-й конкурс).", "У каждой работы своё "
               "изображение; работа прошлого конкурса участвовать снова не может."),
        "mn": ("\"{value}\" зураг нь {other_entry_no} бүтээлийнхтэй ({other_region}, "
               "{other_edition}-р уралдаан) яг ижил файл.", "Бүтээл бүр өөрийн зурагтай байх "
               "ёстой; өмнөх уралдааны бүтээл дахин оролцохгүй."),
    },
    "image_duplicate_near": {
        "en": ("The image \"{value}\" looks very like work {other_entry_no} ({other_region}, "
               "edition {other_edition}).", "Check that these are two different works."),
        "ko": ("이미지 \"{value}\"이(가) 작품 {other_entry_no}({other_region}, 제{other_edition}"
               "회)와 매우 비슷합니다.", "서로 다른 작품인지 확인해 주십시오."),
        "zh": ("图片“{value}”与作品 {other_entry_no}（{other_region}，第 {other_edition} 届）"
               "非常相似。", "请确认这是两件不同的作品。"),
        "ja": ("画像「{value}」は作品 {other_entry_no}（{other_region}、第{other_edition}回）と"
               "よく似ています。", "別の作品であることを確認してください。"),
        "ru": ("Изображение «{value}» очень похоже на работу {other_entry_no} ({other_region}, "
               "{other_edition}-й конкурс).", "Проверьте, что это разные работы."),
        "mn": ("\"{value}\" зураг нь {other_entry_no} бүтээлтэй ({other_region}, "
               "{other_edition}-р уралдаан) их төстэй.", "Хоёр өөр бүтээл эсэхийг шалгана уу."),
    },
    "number_invalid": {
        "en": ("\"{value}\" is not a size in centimetres.", "Write a number such as 54.5."),
        "ko": ("\"{value}\"은(는) cm 단위 크기가 아닙니다.", "54.5처럼 숫자로 적어 주십시오."),
        "zh": ("“{value}”不是以厘米为单位的尺寸。", "请填写数字，例如 54.5。"),
        "ja": ("「{value}」は cm 単位の寸法ではありません。", "54.5 のように数字で記入してください。"),
        "ru": ("«{value}» — не размер в сантиметрах.", "Впишите число, например 54.5."),
        "mn": ("\"{value}\" нь сантиметрээр илэрхийлсэн хэмжээ биш.", "54.5 гэх мэт тоо бичнэ үү."),
    },
    "name_latin_suggested": {
        "en": ("No Latin spelling was given for {name}; \"{value}\" was suggested.",
               "Check it and send the correct spelling if it is wrong."),
        "ko": ("{name}의 로마자 표기가 없어 \"{value}\"(으)로 제안했습니다.",
               "확인하고 틀리면 올바른 표기를 알려 주십시오."),
        "zh": ("未填写 {name} 的拼音/拉丁字母姓名，建议为“{value}”。", "请核对，如有误请告知正确拼写。"),
        "ja": ("{name} さんのローマ字表記がないため「{value}」を提案しました。",
               "確認し、誤りがあれば正しい表記を知らせてください。"),
        "ru": ("Для {name} не указано имя латиницей; предложено «{value}».",
               "Проверьте и сообщите верное написание, если оно другое."),
        "mn": ("{name}-ийн нэрийг латинаар бичээгүй тул \"{value}\" гэж санал болгов.",
               "Шалгаад буруу бол зөв бичлэгийг мэдэгдэнэ үү."),
    },
    "award_tier_unknown": {
        "en": ("\"{value}\" is not an award tier of this contest.", "Write the name of one of "
               "its tiers, or leave the cell empty."),
        "ko": ("\"{value}\"은(는) 이 대회의 상 이름이 아닙니다.", "상 이름 중 하나를 적거나 비워 "
               "두십시오."),
        "zh": ("“{value}”不是本届的奖项。", "请填写本届奖项名称之一，或留空。"),
        "ja": ("「{value}」はこの回の賞の名前ではありません。", "賞の名前のいずれかを記入するか、"
               "空欄にしてください。"),
        "ru": ("«{value}» — не награда этого конкурса.", "Впишите название одной из наград или "
               "оставьте ячейку пустой."),
        "mn": ("\"{value}\" нь энэ уралдааны шагнал биш.", "Шагналын нэрсээс аль нэгийг бичих "
               "эсвэл хоосон үлдээнэ үү."),
    },
    "entry_not_in_batch": {
        "en": ("Work {value} was sent before but is not in this batch.", "Nothing was deleted. "
               "Tell the secretariat if the work is withdrawn."),
        "ko": ("작품 {value}은(는) 전에 보냈지만 이번 자료에는 없습니다.", "삭제하지 않았습니다. "
               "출품을 취소하려면 사무국에 알려 주십시오."),
        "zh": ("作品 {value} 以前已提交，但本次未包含。", "未删除任何内容。如撤回该作品，请告知秘书处。"),
        "ja": ("作品 {value} は以前に送られましたが、今回の資料にはありません。", "削除はしていま"
               "せん。取り下げる場合は事務局に連絡してください。"),
        "ru": ("Работа {value} присылалась раньше, но в этом пакете её нет.", "Ничего не "
               "удалено. Если работа отозвана, сообщите секретариату."),
        "mn": ("{value} бүтээлийг өмнө илгээсэн боловч энэ багцад алга.", "Юу ч устгаагүй. "
               "Бүтээлээ татан авч байгаа бол нарийн бичгийн газарт мэдэгдэнэ үү."),
    },
    "column_missing": {
        "en": ("The sheet has no column \"{column}\".", "Add the column and send the sheet "
               "again."),
        "ko": ("시트에 \"{column}\" 열이 없습니다.", "열을 추가해 시트를 다시 보내 주십시오."),
        "zh": ("表格中没有“{column}”列。", "请添加该列后重新发送表格。"),
        "ja": ("シートに「{column}」の列がありません。", "列を追加してシートを再送してください。"),
        "ru": ("В таблице нет столбца «{column}».", "Добавьте столбец и пришлите таблицу ещё раз."),
        "mn": ("Хүснэгтэд \"{column}\" багана алга.", "Баганаа нэмээд хүснэгтээ дахин илгээнэ "
               "үү."),
    },
    "column_unknown": {
        "en": ("The column \"{value}\" is not part of the template.", "Its values were kept; "
               "nothing to do."),
        "ko": ("\"{value}\" 열은 양식에 없는 열입니다.", "값은 보관했습니다. 따로 할 일은 없습니다."),
        "zh": ("“{value}”列不在模板中。", "其内容已保留，无需处理。"),
        "ja": ("「{value}」の列はテンプレートにありません。", "値は保存しました。対応は不要です。"),
        "ru": ("Столбца «{value}» нет в шаблоне.", "Его значения сохранены; ничего делать не "
               "нужно."),
        "mn": ("\"{value}\" багана загварт байхгүй.", "Утгыг хадгалсан; юу ч хийх шаардлагагүй."),
    },
}

# The report's own words: its column titles, severities, and the template's instructions.
REPORT: dict[str, dict[str, str]] = {
    "en": {"row": "Row", "column": "Column", "value": "Value", "problem": "Problem",
           "action": "What to do", "work": "Work", "error": "Refused", "warning": "Imported",
           "sheet": "Problems", "title": "Problems found in the batch {source}"},
    "ko": {"row": "행", "column": "열", "value": "값", "problem": "문제", "action": "조치",
           "work": "작품", "error": "접수 불가", "warning": "접수(확인 필요)", "sheet": "문제 목록",
           "title": "{source} 자료에서 발견된 문제"},
    "zh": {"row": "行", "column": "列", "value": "内容", "problem": "问题", "action": "处理方法",
           "work": "作品", "error": "未接收", "warning": "已接收（需核对）", "sheet": "问题",
           "title": "{source} 中发现的问题"},
    "ja": {"row": "行", "column": "列", "value": "値", "problem": "問題", "action": "対応",
           "work": "作品", "error": "受付不可", "warning": "受付済み（要確認）", "sheet": "問題",
           "title": "{source} で見つかった問題"},
    "ru": {"row": "Строка", "column": "Столбец", "value": "Значение", "problem": "Проблема",
           "action": "Что сделать", "work": "Работа", "error": "Не принято",
           "warning": "Принято (проверьте)", "sheet": "Проблемы",
           "title": "Проблемы в пакете {source}"},
    "mn": {"row": "Мөр", "column": "Багана", "value": "Утга", "problem": "Асуудал",
           "action": "Хийх зүйл", "work": "Бүтээл", "error": "Хүлээн аваагүй",
           "warning": "Хүлээн авсан (шалгах)", "sheet": "Асуудлууд",
           "title": "{source} багцад илэрсэн асуудлууд"},
}

TEMPLATE: dict[str, dict[str, str]] = {
    "en": {"sheet": "entries", "help": "instructions", "yes": "yes", "no": "no",
           "lines": "One row per student. A work by several students has one row for each, with "
           "the same entry number, title and image.|Dates: YYYY-MM-DD.|Guardian consent: yes or "
           "no.|Sizes in centimetres.|Put the image files in a folder named images beside this "
           "sheet, or zip both together."},
    "ko": {"sheet": "출품목록", "help": "작성 안내", "yes": "예", "no": "아니오",
           "lines": "학생 한 명당 한 행을 작성합니다. 공동 작품은 학생마다 한 행씩, 같은 접수 "
           "번호·제목·이미지로 적습니다.|날짜: YYYY-MM-DD.|보호자 동의: 예 또는 아니오.|크기는 cm "
           "단위.|이미지 파일은 이 시트 옆 images 폴더에 넣거나 함께 압축해 보내 주십시오."},
    "zh": {"sheet": "参赛作品", "help": "填写说明", "yes": "是", "no": "否",
           "lines": "每名学生一行。多人合作的作品每人一行，填写相同的编号、标题和图片。|日期："
           "YYYY-MM-DD。|监护人同意：是或否。|尺寸单位为厘米。|图片文件请放在本表旁的 images "
           "文件夹中，或与本表一起压缩发送。"},
    "ja": {"sheet": "応募一覧", "help": "記入方法", "yes": "はい", "no": "いいえ",
           "lines": "生徒1人につき1行です。共同制作の作品は生徒ごとに1行ずつ、同じ番号・題名・"
           "画像で記入します。|日付: YYYY-MM-DD。|保護者の同意: はい または いいえ。|寸法は "
           "cm。|画像ファイルはこのシートと同じ場所の images フォルダーに入れるか、一緒に圧縮"
           "してください。"},
    "ru": {"sheet": "работы", "help": "инструкция", "yes": "да", "no": "нет",
           "lines": "Одна строка на ученика. У коллективной работы по строке на каждого, с "
           "одинаковым номером, названием и изображением.|Даты: ГГГГ-ММ-ДД.|Согласие "
           "родителя: да или нет.|Размеры в сантиметрах.|Файлы изображений положите в папку "
           "images рядом с таблицей или заархивируйте вместе с ней."},
    "mn": {"sheet": "бүтээлүүд", "help": "заавар", "yes": "тийм", "no": "үгүй",
           "lines": "Сурагч бүрт нэг мөр. Хамтарсан бүтээлд сурагч бүрт нэг мөр, ижил дугаар, "
           "нэр, зурагтай.|Огноо: ЖЖЖЖ-СС-ӨӨ.|Асран хамгаалагчийн зөвшөөрөл: тийм эсвэл "
           "үгүй.|Хэмжээ сантиметрээр.|Зургийн файлуудыг энэ хүснэгтийн хажууд images хавтсанд "
           "хийх эсвэл хамт шахаж илгээнэ үү."},
}


def _fill(template: str, values: dict[str, Any]) -> str:
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return template


def problem_words(code: str, language: str, values: dict[str, Any]) -> tuple[str, str]:
    """(what is wrong, what to do) in language, else English, else the bare code."""
    words = PROBLEMS.get(code, {})
    pair = words.get(language) or words.get("en")
    if pair is None:
        return code, ""
    return _fill(pair[0], values), _fill(pair[1], values)


def report_word(key: str, language: str) -> str:
    return REPORT.get(language, REPORT["en"]).get(key) or REPORT["en"][key]


def template_word(key: str, language: str) -> str:
    return TEMPLATE.get(language, TEMPLATE["en"]).get(key) or TEMPLATE["en"][key]
