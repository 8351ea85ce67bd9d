"""Which code page a CSV file (or a zip member name) is in, without asking the user.

Regional offices save CSV files from their own Excel: UTF-8 with or without BOM, UTF-16
("Unicode text"), CP949, Shift_JIS/CP932, GB18030/GBK or CP1251. Legacy CJK code pages overlap:
Korean CP949 bytes are valid GBK, and Shift_JIS bytes are valid GBK too, so "decodes strictly" is
not enough. Each strict decoding is scored by how plausible its non-ASCII characters are for
that code page's script; common characters score high, rare or out-of-script characters low.
"""

from __future__ import annotations

import codecs
import unicodedata

from contest_app.core.intake.errors import IntakeError

CANDIDATES = ("utf-8", "utf-16", "cp949", "gb18030", "cp932", "cp1251")

# About 800 of the most frequent simplified Chinese characters, plus the ones common in given
# names and school names. Korean bytes read as GBK give a pseudo-random sample of GB2312 level 1,
# of which only about a fifth is in this list; real Chinese text hits it most of the time.
_HANZI_TOP = frozenset(
    "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过"
    "发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前"
    "开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重"
    "并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常"
    "先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报"
    "才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼"
    "书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术"
    "领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失"
    "转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请技"
    "际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显"
    "吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投"
    "某案黑维革划敌致陈律足态护七兴派孩验责营星够章音跟志底站严巴例防族供效续施留讲型料终答紧黄绝奇"
    "察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值仍男钱破网热助倒育属"
    "坐帝限船脸职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印晚兰试股拿脑预谁益阳若哪微尼继送急"
    "血惊伤素药适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢雷警获模充负云停木游龙树疑层冷洲冲射略"
    "范竟句室异激汉村哈策演简卡罪判担州静退既衣您宗积余痛检差富灵协角占配征修皮挥胜降阶审沉坚善妈刘"
    "读啊超免压银买皇养伊怀执副乱抗犯追帮宣佛岁航优怪香著田铁控税左右份穿艺背阵草脚概恶块顿敢守酒岛"
    "托央户烈洋哥索胡款靠评版宝座释景顾弟登货互付伯慢欧换闻危忙核暗姐介坏讨丽良序升监临亮露永呼味野"
    "架域沙掉括舰鱼杂误湾吉减编楚肯测败屋跑梦散温困剑渐封救贵枪缺楼县尚毫移娘朋画班智亦耳恩短掌恐遗"
    "固席松秘谢鲁遇康虑幸均销钟诗藏赶剧票损忽巨炮旧端探湖录叶春乡附吸予礼港雨呀板庭妇归睛饭额含顺输"
    "摇招婚脱补谓督毒油疗旅泽材灭逐莫笔亡鲜词圣择寻厂睡博勒烟授诺伦岸奥唐卖俄炸载洛健堂旁宫喝借君禁"
    "阴园谋宋避抓荣姑孙逃牙束跳顶玉镇雪午练迫爷篇肉嘴馆遍凡础洞卷坦牛宁纸诸训私庄祖丝翻暴森塔默握戏"
    "隐熟骨访弱蒙歌店鬼软典欲萨伙遭盘爸扩盖弄雄稳忘亿刺拥徒姆杨齐赛趣曲刀床迎冰虚玩析窗醒妻透购替塞"
    "努休虎扬途侵刑绿兄迅套贸毕唯谷轮库迹尤竞街促延震弃甲伟麻川申缓潜闪售灯针哲络抵朱埃抱鼓植纯夏忍"
    "页杰筑折郑贝尊吴秀混臣雅振染盛怒舞圆搞狂措姓残秋培迷诚宽宇猛摆梅毁伸摩盟末乃悲拍丁赵侧尾"
    # given names, surnames, schools and places of the regions that send works
    "昊潼涵欣怡梓萱浩诺桐轩彤俊佳琪皓瑶墨嫣晨静芷睿涛婷鑫懿紫宏伟志强乐天佑馨豪若曦思雨子一宇明博文"
    "嘉雪婉颖倩琳慧敏丹萍芳霞燕玲晶磊鹏飞凯浩杰斌超勇军峰辉伟刚健鑫彬宸奕瑞铭哲涵泽煜锦诗韩冯邓曹彭"
    "曾肖董袁潘蒋蔡郭罗梁谢唐许吕苗程邱沈熊孟秦姚钟汪邹崔龚范魏陶姜戴方俞任贾夏付杜叶丁郝邵万顾侯"
    "湖南河山陕辽宁黑龙甘肃夏蒙古安徽津沙郑州太原武汉哈滨兰银呼浩特合肥阳外国语实验附属初高级中小"
)

# Common Hangul syllables (CP949 text that is really Chinese gives rare syllables too).
_HANGUL_TOP = frozenset(
    "이다는의에하고지기서리사자대한가나어로도을를수있아인적시정부으주들전상그해라게거구제일성장원보스"
    "소만문화여동우면내조마요국학생교중했것오무실유세신미치심개공경관모년과연위비간까진선물회통데되또"
    "든드러려록말며명바반방배번법변별병분불산살새석설속손순습식실안않알았야약양언얼없었역열영예온와완"
    "왜외용운울월육은음응임입잘재저점제종좋죽준증직질집차착참창찾책처천철청체초총최추축출충취친칠"
    "카커케코크키타태터테토투트특파판팔페편평포표프플피필학함합항행향허현형호확환활황회효후훈휘흥희히"
    "김박강윤권송류홍손백남곽민빈채혁은혜숙름솔빛별늘빈린윤엘쥬슬결담겸률둘"
    "나무꾼선녀오누이달해용궁야기바리공주견우직녀구미호도깨비방망이설문대할망단군웅홍익간몽신화연랑"
    "포항철부천울산광역시경기충청북남전라제주특별자치도교육청중앙여자예술고등학교"
)

_CYRILLIC_PUNCT = frozenset("№«»–—…“”„‘’\u00a0•")


def _in_codepage(char: str, encoding: str) -> bytes | None:
    try:
        return char.encode(encoding)
    except UnicodeEncodeError:
        return None


def _junk(char: str) -> bool:
    """Control, private-use, unassigned or replacement characters never belong in a sheet."""
    return unicodedata.category(char) in ("Cc", "Co", "Cn", "Cs") or char == "\ufffd"


def _score_korean(char: str, prev: str) -> float:
    if "\uac00" <= char <= "\ud7a3":
        if _in_codepage(char, "euc-kr") is None:
            return -1.0  # one of the 8,822 UHC extension syllables: almost never typed
        return 1.0 if char in _HANGUL_TOP else 0.4
    if "\u3131" <= char <= "\u318e":
        return 0.0  # bare jamo (ㅋㅋ) happen, but not in names
    if "\u4e00" <= char <= "\u9fff":
        return -0.3  # Hanja: rare in today's Korean sheets
    return -0.5


def _score_chinese(char: str, prev: str) -> float:
    if "\u4e00" <= char <= "\u9fff":
        if char in _HANZI_TOP:
            return 1.0
        raw = _in_codepage(char, "gb2312")
        if raw is None:
            return -1.0  # GBK/GB18030 extension: rare, and where Shift_JIS bytes land
        return 0.3 if raw[0] <= 0xD7 else 0.0  # GB2312 level 1 (common) or level 2
    if "\u3000" <= char <= "\u303f" or "\uff01" <= char <= "\uff5e":
        return 0.0  # 《》，。 and full-width forms
    return -0.5


def _score_japanese(char: str, prev: str) -> float:
    if "\u3041" <= char <= "\u30ff" or char == "\u3005":  # kana, ー and 々 (佐々木)
        return 1.0
    if "\u4e00" <= char <= "\u9fff":
        raw = _in_codepage(char, "cp932")
        if raw is None:
            return -1.0
        if raw[0] <= 0x98:
            return 1.0  # JIS level 1
        return 0.5 if raw[0] <= 0xEA else -0.5  # level 2, then NEC/IBM extensions
    if "\uff61" <= char <= "\uff9f":
        # half-width katakana: where GBK and CP949 lead bytes land when read as Shift_JIS;
        # worse when they alternate with kanji, as such misreadings do
        return -0.7 if "\uff61" <= prev <= "\uff9f" else -1.0
    if "\u3000" <= char <= "\u303f" or "\uff01" <= char <= "\uff5e":
        return 0.0
    return -0.5


def _score_cyrillic(char: str, prev: str) -> float:
    if "\u0410" <= char <= "\u044f" or char in "Ёё":
        if char.isupper() and "\u0430" <= prev <= "\u044f":
            return -1.5  # upper case after lower case inside a word: bytes, not Russian
        return 1.0
    if "\u0400" <= char <= "\u045f":
        return -0.5  # Ђ Ѓ Є Ї Љ ...: Serbian, Macedonian, Ukrainian letters, rare here
    if char in _CYRILLIC_PUNCT:
        return 0.0
    return -1.0


_SCORERS = {
    "cp949": _score_korean, "euc-kr": _score_korean,
    "gb18030": _score_chinese, "gbk": _score_chinese,
    "cp932": _score_japanese, "shift_jis": _score_japanese,
    "cp1251": _score_cyrillic, "cp866": _score_cyrillic,
}


def _gb_spread_penalty(text: str) -> float:
    """CP949 Hangul sits on lead bytes B0-C8, which GB2312 fills with hanzi read "a" to "r":
    Korean read as GBK never reaches the rows from C9 on (sh-, x-, y-, z-: 上 是 中 学 在 一 ...),
    which hold a third or more of any real Chinese text.
    """
    rows_seen = high = 0
    for char in text:
        if "\u4e00" <= char <= "\u9fff" and (raw := _in_codepage(char, "gb2312")):
            rows_seen += 1
            high += raw[0] >= 0xC9
    if rows_seen >= 4 and high < 0.1 * rows_seen:
        return 0.4
    return 0.0


def plausibility(text: str, encoding: str) -> float:
    """Mean score of the non-ASCII characters of `text` read as `encoding` (1.0 is best)."""
    score, count, prev = 0.0, 0, ""
    scorer = _SCORERS.get(encoding)
    for char in text:
        if char < "\x80":
            prev = char
            continue
        count += 1
        if _junk(char):
            score -= 3.0
        elif scorer is not None:
            score += scorer(char, prev)
        prev = char
    if not count:
        return 0.0
    if scorer is _score_chinese:
        score -= _gb_spread_penalty(text) * count
    return score / count


def _utf16_without_bom(data: bytes) -> str | None:
    """Excel's "Unicode text" has a BOM, but other tools drop it: NULs at every other byte."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.3 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def detect_encoding(data: bytes, candidates: tuple[str, ...] = CANDIDATES) -> str:
    """The Python codec name `data` is most plausibly in: BOMs, then strict UTF-8, then the
    legacy candidate whose strict decoding scores best. Raises encoding_unknown if none decodes.
    """
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if "utf-16" in candidates and (bomless := _utf16_without_bom(data)):
        return bomless
    if "utf-8" in candidates:
        try:
            data.decode("utf-8")
            return "utf-8"
        except UnicodeDecodeError:
            pass
    best: tuple[float, int, str] | None = None
    for order, encoding in enumerate(candidates):
        if encoding in ("utf-8", "utf-16"):
            continue
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        # ties go to the earlier candidate: -order sorts it higher
        key = (plausibility(text, encoding), -order, encoding)
        if best is None or key > best:
            best = key
    if best is None or best[0] < -0.5:
        raise IntakeError("encoding_unknown")
    return best[2]


def decode(data: bytes, encoding: str | None) -> tuple[str, str]:
    """(text, encoding used): `encoding` overrides detection. NUL bytes are refused."""
    used = encoding or detect_encoding(data)
    try:
        text = data.decode(used)
    except LookupError:
        raise IntakeError("encoding_unknown", value=used) from None
    except UnicodeDecodeError as error:
        raise IntakeError("encoding_unknown", value=used, detail=str(error)) from None
    if "\x00" in text:
        # a CSV never holds NULs: this is a binary file, or a UTF-16 file read as 8-bit
        raise IntakeError("sheet_unreadable", detail="NUL bytes")
    if text.startswith("\ufeff"):  # "utf-16" consumes its BOM, an explicit "utf-8" does not
        text = text[1:]
    return text, used
