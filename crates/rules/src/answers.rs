//! The resident's answers and their URL form. Coarse on purpose: age bands, yes/no/"không biết";
//! never an identity number or a date of birth. Answers never leave the phone except in the URL
//! the resident chooses to share.

use std::collections::BTreeMap;
use std::fmt;

/// One option of a question: the ASCII value used in the URL and the Vietnamese label.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Choice {
    pub value: &'static str,
    pub label: &'static str,
}

/// URL value and label of "Tôi không biết".
pub const UNKNOWN_VALUE: &str = "khong-biet";
pub const UNKNOWN_LABEL: &str = "Tôi không biết";

macro_rules! choices {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $value:literal : $label:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),+ }
        impl $name {
            pub const OPTIONS: &'static [Choice] = &[$(Choice { value: $value, label: $label }),+];
            pub fn value(self) -> &'static str { match self { $($name::$variant => $value),+ } }
            pub fn label(self) -> &'static str { match self { $($name::$variant => $label),+ } }
            pub fn from_value(value: &str) -> Option<$name> {
                match value { $($value => Some($name::$variant),)+ _ => None }
            }
        }
    };
}

choices! {
    /// Age bands the rules need: under 6 (3h), school age, working age, Hải Phòng's 60–74
    /// (split at 70 for the social pension of poor/near-poor people), 75+ (social pension, 3s).
    AgeBand {
        Under6 = "duoi-6": "Dưới 6 tuổi",
        From6To17 = "6-17": "Từ 6 đến 17 tuổi",
        From18To59 = "18-59": "Từ 18 đến 59 tuổi",
        From60To69 = "60-69": "Từ 60 đến 69 tuổi",
        From70To74 = "70-74": "Từ 70 đến 74 tuổi",
        From75 = "75-tro-len": "Từ 75 tuổi trở lên",
    }
}

choices! {
    /// Main work or income situation (one answer; the first that fits).
    Work {
        Employee = "lao-dong-co-hop-dong": "Đi làm có hợp đồng lao động từ 1 tháng trở lên, hoặc là cán bộ, công chức, viên chức",
        CommunePartTimer = "khong-chuyen-trach-xa": "Người hoạt động không chuyên trách ở xã, phường",
        ArmedForces = "quan-doi-cong-an": "Đang phục vụ trong quân đội hoặc công an",
        StandingMilitia = "dan-quan-thuong-truc": "Dân quân thường trực",
        Pensioner = "luong-huu": "Đang nhận lương hưu hoặc trợ cấp mất sức lao động hằng tháng",
        Unemployed = "tro-cap-that-nghiep": "Đang nhận trợ cấp thất nghiệp",
        Student = "sinh-vien": "Đang là học sinh, sinh viên (trung cấp, cao đẳng, đại học)",
        None = "khong": "Không thuộc các trường hợp trên (làm nông, buôn bán, làm tự do, nội trợ, nghỉ ở nhà…)",
    }
}

choices! {
    /// People with merit, veterans and relatives (one answer; the first that fits).
    Merit {
        MeritOrVeteran = "nguoi-co-cong": "Người có công với cách mạng, hoặc cựu chiến binh",
        MartyrRelative = "than-nhan-liet-si": "Thân nhân liệt sĩ, hoặc người có công nuôi dưỡng liệt sĩ",
        MeritRelative = "than-nhan-nguoi-co-cong": "Thân nhân của người có công với cách mạng",
        ArmedForcesRelative = "than-nhan-quan-doi-cong-an": "Thân nhân của sĩ quan, quân nhân, công an đang phục vụ",
        None = "khong": "Không thuộc các trường hợp trên",
    }
}

choices! {
    Poverty {
        Poor = "ho-ngheo": "Hộ nghèo",
        NearPoor = "ho-can-ngheo": "Hộ cận nghèo",
        Neither = "khong": "Không phải hộ nghèo, không phải hộ cận nghèo",
    }
}

choices! {
    /// Kinds of area (several may be true). "Không thuộc" excludes the others.
    Area {
        EspeciallyDifficult = "dac-biet-kho-khan": "Vùng có điều kiện kinh tế – xã hội đặc biệt khó khăn",
        Island = "xa-dao": "Xã đảo, đặc khu đảo",
        Difficult = "kho-khan": "Vùng có điều kiện kinh tế – xã hội khó khăn",
        EthnicMinorityMountain = "vung-dan-toc-mien-nui": "Xã, thôn thuộc vùng đồng bào dân tộc thiểu số và miền núi",
        PoorCommune = "xa-ngheo": "Xã nghèo (theo quyết định của Thủ tướng)",
        LeftDifficultList = "ra-khoi-vung-kho-khan": "Xã vừa ra khỏi danh sách vùng khó khăn, đặc biệt khó khăn (trong 3 năm gần đây)",
        NoneOfThese = "khong": "Không thuộc loại nào ở trên",
    }
}

choices! {
    YesNo {
        Yes = "co": "Có",
        No = "khong": "Không",
    }
}

choices! {
    SocialPension {
        Receiving = "dang-nhan": "Có, đang nhận hằng tháng",
        NotReceiving = "chua-nhan": "Không, chưa nhận",
    }
}

choices! {
    /// School situation of a child aged 6–17.
    School {
        EnteringGradeOne = "vao-lop-1": "Vào lớp 1 trong năm học này",
        AtSchool = "dang-di-hoc": "Đang đi học (lớp 2 đến lớp 12, hoặc trường nghề)",
        NotAtSchool = "khong-di-hoc": "Không đi học",
    }
}

choices! {
    /// Village and residential-group roles that get state support (Art 12 cl 4 c, đ, e, h).
    VillageRole {
        HealthWorker = "y-te-thon": "Nhân viên y tế thôn, bản, tổ dân phố; cô đỡ thôn, bản",
        PartTimer = "khong-chuyen-trach-thon-to": "Người hoạt động không chuyên trách ở thôn, tổ dân phố",
        SecurityForce = "an-ninh-trat-tu": "Thành viên lực lượng bảo vệ an ninh, trật tự ở cơ sở",
        Artisan = "nghe-nhan": "Nghệ nhân nhân dân, nghệ nhân ưu tú",
        None = "khong": "Không làm việc nào ở trên",
    }
}

choices! {
    /// Card history, for the 30-day waiting period.
    CardHistory {
        Continuous = "con-han": "Thẻ đang còn hạn, hoặc hết hạn chưa đến {gian_doan_tu_ngay} ngày",
        GapOf90Days = "gian-doan": "Thẻ đã hết hạn từ {gian_doan_tu_ngay} ngày trở lên",
        Never = "chua-tung": "Chưa từng có thẻ BHYT",
    }
}

/// Question ids, in the order they are asked and written to the URL. The ASCII names are the URL keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum QuestionId {
    Age,
    Work,
    MonthlySalary,
    Merit,
    Poverty,
    Area,
    EthnicMinority,
    SocialPension,
    SurvivorAllowance,
    SocialAssistance,
    School,
    VillageRole,
    FarmHousehold,
    HouseholdMembers,
    CardHistory,
}

impl QuestionId {
    pub const ALL: [QuestionId; 15] = [
        QuestionId::Age,
        QuestionId::Work,
        QuestionId::MonthlySalary,
        QuestionId::Merit,
        QuestionId::Poverty,
        QuestionId::Area,
        QuestionId::EthnicMinority,
        QuestionId::SocialPension,
        QuestionId::SurvivorAllowance,
        QuestionId::SocialAssistance,
        QuestionId::School,
        QuestionId::VillageRole,
        QuestionId::FarmHousehold,
        QuestionId::HouseholdMembers,
        QuestionId::CardHistory,
    ];

    /// The URL key (also usable as the page slug).
    pub fn key(self) -> &'static str {
        match self {
            QuestionId::Age => "tuoi",
            QuestionId::Work => "cong_viec",
            QuestionId::MonthlySalary => "luong_thang",
            QuestionId::Merit => "nguoi_co_cong",
            QuestionId::Poverty => "ho_ngheo",
            QuestionId::Area => "noi_song",
            QuestionId::EthnicMinority => "dan_toc",
            QuestionId::SocialPension => "huu_tri_xa_hoi",
            QuestionId::SurvivorAllowance => "tro_cap_tuat",
            QuestionId::SocialAssistance => "bao_tro_xa_hoi",
            QuestionId::School => "di_hoc",
            QuestionId::VillageRole => "viec_o_thon",
            QuestionId::FarmHousehold => "ho_nong_nghiep",
            QuestionId::HouseholdMembers => "so_nguoi_trong_ho",
            QuestionId::CardHistory => "the_truoc_day",
        }
    }

    pub fn from_key(key: &str) -> Option<QuestionId> {
        QuestionId::ALL.into_iter().find(|id| id.key() == key)
    }
}

impl serde::Serialize for QuestionId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.key())
    }
}

impl fmt::Display for QuestionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// A stored answer. Choice values are the canonical `&'static str` from the option table, so an
/// `Answers` can only ever hold valid values.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswerValue {
    Choice(&'static str),
    /// Several options, in option order (the area question).
    Choices(Vec<&'static str>),
    Number(u64),
    Unknown,
}

/// A typed answer: given, or "Tôi không biết".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reply<T> {
    Given(T),
    Unknown,
}

impl<T: Copy + PartialEq> Reply<T> {
    pub fn is(self, value: T) -> bool {
        self == Reply::Given(value)
    }

    pub fn given(self) -> Option<T> {
        match self {
            Reply::Given(value) => Some(value),
            Reply::Unknown => None,
        }
    }
}

/// The answers, keyed by question. Build with [`Answers::from_query`] or [`Answers::set`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    values: BTreeMap<QuestionId, AnswerValue>,
}

/// Why a URL parameter was not used. The page shows one short notice and carries on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DropReason {
    UnknownKey,
    InvalidValue,
    Duplicate,
    Empty,
    TooLong,
    BadEncoding,
}

impl DropReason {
    pub fn message(&self) -> &'static str {
        match self {
            DropReason::UnknownKey => "không phải câu hỏi của trang này",
            DropReason::InvalidValue => "câu trả lời không hợp lệ",
            DropReason::Duplicate => "câu hỏi bị lặp lại; đã dùng câu trả lời đầu tiên",
            DropReason::Empty => "không có câu trả lời",
            DropReason::TooLong => "đường dẫn quá dài; phần thừa bị bỏ qua",
            DropReason::BadEncoding => "ký tự không đọc được",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DroppedParam {
    /// The key as received, shortened to 40 characters (safe to show as text, never as HTML).
    pub key: String,
    pub reason: DropReason,
}

/// Longest query accepted; a full set of answers is under 400 characters.
pub const MAX_QUERY_LEN: usize = 2_000;
/// Keys used by the page itself (e.g. `?ngay=` date preview): skipped silently.
pub const RESERVED_KEYS: &[&str] = &["ngay"];
const MAX_NUMBER_DIGITS: usize = 12;

fn shorten(text: &str, limit: usize) -> String {
    text.chars().take(limit).collect()
}

/// Percent-decoding with `+` as space. `None` for broken escapes or invalid UTF-8.
fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        match bytes[index] {
            b'%' => {
                let hex = bytes.get(index + 1..index + 3)?;
                let hex = std::str::from_utf8(hex).ok()?;
                decoded.push(u8::from_str_radix(hex, 16).ok()?);
                index += 3;
            }
            b'+' => {
                decoded.push(b' ');
                index += 1;
            }
            byte => {
                decoded.push(byte);
                index += 1;
            }
        }
    }
    String::from_utf8(decoded).ok()
}

impl Answers {
    pub fn new() -> Answers {
        Answers::default()
    }

    /// Reads answers from a query string (with or without the leading `?`). Never panics:
    /// unknown keys, invalid values, duplicates (first wins) and anything past
    /// [`MAX_QUERY_LEN`] are dropped and reported.
    pub fn from_query(query: &str) -> (Answers, Vec<DroppedParam>) {
        let mut answers = Answers::new();
        let mut dropped = Vec::new();
        let query = query.strip_prefix('?').unwrap_or(query);
        let mut budget = query;
        if query.len() > MAX_QUERY_LEN {
            let mut cut = MAX_QUERY_LEN;
            while !query.is_char_boundary(cut) {
                cut -= 1;
            }
            // Keep whole pairs only.
            let kept = query[..cut].rfind('&').map_or("", |end| &query[..end]);
            budget = kept;
            dropped.push(DroppedParam { key: shorten(&query[kept.len()..], 40), reason: DropReason::TooLong });
        }
        for pair in budget.split('&').filter(|pair| !pair.is_empty()) {
            let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
            let Some(key) = percent_decode(raw_key) else {
                dropped.push(DroppedParam { key: shorten(raw_key, 40), reason: DropReason::BadEncoding });
                continue;
            };
            if RESERVED_KEYS.contains(&key.as_str()) {
                continue;
            }
            let Some(id) = QuestionId::from_key(&key) else {
                dropped.push(DroppedParam { key: shorten(&key, 40), reason: DropReason::UnknownKey });
                continue;
            };
            if answers.values.contains_key(&id) {
                dropped.push(DroppedParam { key, reason: DropReason::Duplicate });
                continue;
            }
            let Some(value) = percent_decode(raw_value) else {
                dropped.push(DroppedParam { key, reason: DropReason::BadEncoding });
                continue;
            };
            if let Err(reason) = answers.set(id, &value) {
                dropped.push(DroppedParam { key, reason });
            }
        }
        (answers, dropped)
    }

    /// Stores one answer from its URL/form value after checking it against the question.
    pub fn set(&mut self, id: QuestionId, raw: &str) -> Result<(), DropReason> {
        let value = parse_value(id, raw.trim())?;
        self.values.insert(id, value);
        Ok(())
    }

    pub fn remove(&mut self, id: QuestionId) {
        self.values.remove(&id);
    }

    pub fn get(&self, id: QuestionId) -> Option<&AnswerValue> {
        self.values.get(&id)
    }

    pub fn contains(&self, id: QuestionId) -> bool {
        self.values.contains_key(&id)
    }

    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// Answered question ids, in question order.
    pub fn answered(&self) -> impl Iterator<Item = QuestionId> + '_ {
        self.values.keys().copied()
    }

    /// The URL value of one answer.
    pub fn value_text(&self, id: QuestionId) -> Option<String> {
        Some(match self.values.get(&id)? {
            AnswerValue::Choice(value) => (*value).to_owned(),
            AnswerValue::Choices(values) => values.join(","),
            AnswerValue::Number(number) => number.to_string(),
            AnswerValue::Unknown => UNKNOWN_VALUE.to_owned(),
        })
    }

    /// Query string of exactly these answers in question order, without `?`. Values are ASCII, so
    /// no escaping is needed. Use [`crate::flow::relevant_answers`] first to drop irrelevant ones.
    pub fn to_query(&self) -> String {
        self.values
            .keys()
            .filter_map(|id| Some(format!("{}={}", id.key(), self.value_text(*id)?)))
            .collect::<Vec<_>>()
            .join("&")
    }

    /// The answer in words, for the check-your-answers page.
    pub fn label_text(&self, id: QuestionId) -> Option<String> {
        let question = crate::flow::question(id);
        Some(match self.values.get(&id)? {
            AnswerValue::Choice(value) => option_label(question.options, value).to_owned(),
            AnswerValue::Choices(values) => {
                values.iter().map(|value| option_label(question.options, value)).collect::<Vec<_>>().join("; ")
            }
            AnswerValue::Number(number) if id == QuestionId::MonthlySalary => crate::money::format_dong(*number),
            AnswerValue::Number(number) => format!("{number} người"),
            AnswerValue::Unknown => UNKNOWN_LABEL.to_owned(),
        })
    }

    fn choice<T>(&self, id: QuestionId, parse: fn(&str) -> Option<T>) -> Option<Reply<T>> {
        match self.values.get(&id)? {
            AnswerValue::Choice(value) => parse(value).map(Reply::Given),
            AnswerValue::Unknown => Some(Reply::Unknown),
            _ => None,
        }
    }

    pub fn age(&self) -> Option<AgeBand> {
        self.choice(QuestionId::Age, AgeBand::from_value)?.given()
    }
    pub fn work(&self) -> Option<Work> {
        self.choice(QuestionId::Work, Work::from_value)?.given()
    }
    pub fn merit(&self) -> Option<Merit> {
        self.choice(QuestionId::Merit, Merit::from_value)?.given()
    }
    pub fn poverty(&self) -> Option<Reply<Poverty>> {
        self.choice(QuestionId::Poverty, Poverty::from_value)
    }
    pub fn ethnic_minority(&self) -> Option<YesNo> {
        self.choice(QuestionId::EthnicMinority, YesNo::from_value)?.given()
    }
    pub fn social_pension(&self) -> Option<Reply<SocialPension>> {
        self.choice(QuestionId::SocialPension, SocialPension::from_value)
    }
    pub fn survivor_allowance(&self) -> Option<Reply<YesNo>> {
        self.choice(QuestionId::SurvivorAllowance, YesNo::from_value)
    }
    pub fn social_assistance(&self) -> Option<Reply<YesNo>> {
        self.choice(QuestionId::SocialAssistance, YesNo::from_value)
    }
    pub fn school(&self) -> Option<School> {
        self.choice(QuestionId::School, School::from_value)?.given()
    }
    pub fn village_role(&self) -> Option<VillageRole> {
        self.choice(QuestionId::VillageRole, VillageRole::from_value)?.given()
    }
    pub fn farm_household(&self) -> Option<Reply<YesNo>> {
        self.choice(QuestionId::FarmHousehold, YesNo::from_value)
    }
    pub fn card_history(&self) -> Option<Reply<CardHistory>> {
        self.choice(QuestionId::CardHistory, CardHistory::from_value)
    }

    /// Area answer: `None` if not asked, `Some(Reply::Unknown)` for "không biết".
    pub fn areas(&self) -> Option<Reply<Vec<Area>>> {
        match self.values.get(&QuestionId::Area)? {
            AnswerValue::Choices(values) => Some(Reply::Given(values.iter().filter_map(|v| Area::from_value(v)).collect())),
            AnswerValue::Unknown => Some(Reply::Unknown),
            _ => None,
        }
    }

    pub fn lives_in(&self, area: Area) -> bool {
        matches!(self.areas(), Some(Reply::Given(areas)) if areas.contains(&area))
    }

    pub fn monthly_salary(&self) -> Option<Reply<u64>> {
        match self.values.get(&QuestionId::MonthlySalary)? {
            AnswerValue::Number(number) => Some(Reply::Given(*number)),
            AnswerValue::Unknown => Some(Reply::Unknown),
            _ => None,
        }
    }

    pub fn household_members(&self) -> Option<u32> {
        match self.values.get(&QuestionId::HouseholdMembers)? {
            AnswerValue::Number(number) => u32::try_from(*number).ok(),
            _ => None,
        }
    }

    /// These answers restricted to `ids` (used to drop answers made irrelevant by earlier ones).
    pub fn restricted_to(&self, ids: &[QuestionId]) -> Answers {
        Answers { values: self.values.iter().filter(|(id, _)| ids.contains(id)).map(|(id, v)| (*id, v.clone())).collect() }
    }
}

fn option_label(options: &[Choice], value: &str) -> &'static str {
    options.iter().find(|choice| choice.value == value).map_or("", |choice| choice.label)
}

fn parse_value(id: QuestionId, raw: &str) -> Result<AnswerValue, DropReason> {
    if raw.is_empty() {
        return Err(DropReason::Empty);
    }
    let question = crate::flow::question(id);
    if raw == UNKNOWN_VALUE {
        return if question.allows_unknown { Ok(AnswerValue::Unknown) } else { Err(DropReason::InvalidValue) };
    }
    match question.kind {
        crate::flow::QuestionKind::SingleChoice => question
            .options
            .iter()
            .find(|choice| choice.value == raw)
            .map(|choice| AnswerValue::Choice(choice.value))
            .ok_or(DropReason::InvalidValue),
        crate::flow::QuestionKind::MultipleChoice { exclusive } => {
            let mut chosen: Vec<&'static str> = Vec::new();
            for part in raw.split(',') {
                let choice = question.options.iter().find(|choice| choice.value == part).ok_or(DropReason::InvalidValue)?;
                if chosen.contains(&choice.value) {
                    return Err(DropReason::InvalidValue);
                }
                chosen.push(choice.value);
            }
            if chosen.len() > 1 && chosen.contains(&exclusive) {
                return Err(DropReason::InvalidValue);
            }
            // Canonical order: the option order, so equal answers give equal URLs.
            chosen.sort_by_key(|value| question.options.iter().position(|choice| choice.value == *value));
            Ok(AnswerValue::Choices(chosen))
        }
        crate::flow::QuestionKind::Number { min, max, .. } => {
            // People type "10.000.000" or "10 000 000".
            let raw: String = raw.chars().filter(|c| *c != '.' && *c != ' ').collect();
            if raw.is_empty() || raw.len() > MAX_NUMBER_DIGITS || !raw.bytes().all(|b| b.is_ascii_digit()) {
                return Err(DropReason::InvalidValue);
            }
            let number: u64 = raw.parse().map_err(|_| DropReason::InvalidValue)?;
            if (min..=max).contains(&number) {
                Ok(AnswerValue::Number(number))
            } else {
                Err(DropReason::InvalidValue)
            }
        }
    }
}
