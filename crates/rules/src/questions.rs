//! The wizard's questions as data: each question's id (its URL key), kind, title, hint and
//! options. The URL codec ([`crate::answers`]), the classifier ([`crate::groups`]) and the routing
//! ([`crate::flow`]) all read this table; it reads none of them.

use bhyt_core::tr;
use std::fmt;
/// One option of a question: the ASCII value used in the URL and its label.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Choice {
    pub value: &'static str,
    label: &'static str,
}

impl Choice {
    pub const fn new(value: &'static str, label: &'static str) -> Choice {
        Choice { value, label }
    }

    /// The label in the page's language.
    pub fn label(&self) -> &'static str {
        tr(self.label)
    }
}

/// URL value and label of "Tôi không biết".
pub const UNKNOWN_VALUE: &str = "khong-biet";
pub fn unknown_label() -> &'static str {
    tr("Tôi không biết")
}

macro_rules! choices {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $value:literal : $label:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),+ }
        impl $name {
            pub const OPTIONS: &'static [Choice] = &[$(Choice { value: $value, label: $label }),+];
            pub fn value(self) -> &'static str { match self { $($name::$variant => $value),+ } }
            pub fn label(self) -> &'static str { tr(match self { $($name::$variant => $label),+ }) }
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

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuestionKind {
    /// Radio buttons.
    SingleChoice,
    /// Checkboxes; `exclusive` cannot be combined with the others ("Không thuộc loại nào").
    MultipleChoice { exclusive: &'static str },
    /// A whole number typed in (digits only in the URL).
    Number { min: u64, max: u64, unit: &'static str },
}

/// One question page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Question {
    pub id: QuestionId,
    /// The `<h1>`: [`Question::title`].
    title: &'static str,
    /// [`Question::hint`].
    hint: &'static str,
    pub kind: QuestionKind,
    /// Options for choice questions (empty for numbers).
    pub options: &'static [Choice],
    /// Whether "Tôi không biết" (value `khong-biet`) is offered.
    pub allows_unknown: bool,
    /// The page it shares with the questions next to it on the path; `None`: a page of its own.
    pub shared_page: Option<SharedPage>,
}

impl Question {
    /// The `<h1>`, in the page's language.
    pub fn title(&self) -> &'static str {
        tr(self.title)
    }

    /// One sentence under the title. Figures of the policy data appear as `{key}`: show it
    /// through [`crate::Policy::fill_figures`].
    pub fn hint(&self) -> &'static str {
        tr(self.hint)
    }
}

/// Questions about the same person asked together on one page, so a resident answers fewer pages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SharedPage {
    /// "Chọn tất cả mục đúng": a box per value in `boxes`, worded as a statement about the
    /// person; with none of them ticked the question gets `unticked` ("no").
    Checklist { boxes: &'static [Choice], unticked: &'static str },
    /// The household route: each question as its own field under one title.
    Household,
}

impl SharedPage {
    /// Whether `self` and `other` are the same kind of page, so consecutive questions share it.
    pub fn same_page(self, other: SharedPage) -> bool {
        std::mem::discriminant(&self) == std::mem::discriminant(&other)
    }

    /// The page's `<h1>` when it holds more than one question.
    pub fn title(self) -> &'static str {
        match self {
            SharedPage::Checklist { .. } => tr("Có mục nào sau đây đúng với người này không?"),
            SharedPage::Household => tr("Mua thẻ theo hộ gia đình"),
        }
    }

    /// One sentence under that title.
    pub fn hint(self) -> &'static str {
        match self {
            SharedPage::Checklist { .. } => {
                tr("Chọn tất cả mục đúng. Các khoản trợ cấp, công việc và danh sách này giúp được Nhà nước đóng hoặc hỗ trợ tiền mua thẻ.")
            }
            SharedPage::Household => tr("Mua cùng cả hộ thì từ người thứ hai được giảm tiền."),
        }
    }
}

/// The `<h1>` and hint of a page holding these questions: a lone question's own, else its shared
/// page's (a checklist's always: its boxes are statements, not the question's answers).
pub fn page_heading(page: &[QuestionId]) -> (&'static str, &'static str) {
    let first = question(page[0]);
    match first.shared_page {
        Some(shared @ SharedPage::Checklist { .. }) => (shared.title(), shared.hint()),
        Some(shared) if page.len() > 1 => (shared.title(), shared.hint()),
        _ => (first.title(), first.hint()),
    }
}

/// The checklist's box that excludes the others; it answers every question on the page "no".
pub const NONE_OF_THE_CHECKLIST: Choice =
    Choice { value: "khong-co-muc-nao", label: "Không có mục nào ở trên" };

static QUESTIONS: [Question; 15] = [
    Question {
        id: QuestionId::Age,
        title: "Người cần mua thẻ bảo hiểm y tế bao nhiêu tuổi?",
        hint: "Chọn nhóm tuổi tính đến hôm nay. Trang không hỏi ngày sinh.",
        kind: QuestionKind::SingleChoice,
        options: AgeBand::OPTIONS,
        allows_unknown: false,
        shared_page: None,
    },
    Question {
        id: QuestionId::Work,
        title: "Việc làm hoặc thu nhập hiện nay là gì?",
        hint: "Chọn mục đầu tiên đúng với người này.",
        kind: QuestionKind::SingleChoice,
        options: Work::OPTIONS,
        allows_unknown: false,
        shared_page: None,
    },
    Question {
        id: QuestionId::MonthlySalary,
        title: "Tiền lương tháng ghi trong hợp đồng là bao nhiêu?",
        hint: "Là tiền lương dùng để đóng bảo hiểm xã hội, ghi bằng số đồng. Không bắt buộc: nếu không rõ, chọn Tôi không biết.",
        kind: QuestionKind::Number { min: 0, max: 10_000_000_000, unit: "đồng" },
        options: &[],
        allows_unknown: true,
        shared_page: None,
    },
    Question {
        id: QuestionId::Merit,
        title: "Người này có thuộc một trong các trường hợp sau không?",
        hint: "Chọn mục đầu tiên đúng. Giấy chứng nhận do phòng lao động hoặc hội cựu chiến binh cấp.",
        kind: QuestionKind::SingleChoice,
        options: Merit::OPTIONS,
        allows_unknown: false,
        shared_page: None,
    },
    Question {
        id: QuestionId::Poverty,
        title: "Gia đình có trong danh sách hộ nghèo hoặc hộ cận nghèo năm nay không?",
        hint: "Danh sách do UBND xã, phường lập mỗi năm. Trưởng thôn, tổ trưởng tổ dân phố biết.",
        kind: QuestionKind::SingleChoice,
        options: Poverty::OPTIONS,
        allows_unknown: true,
        shared_page: None,
    },
    Question {
        id: QuestionId::Area,
        title: "Nơi người này đang sống thuộc loại nào?",
        hint: "Chọn tất cả mục đúng. Trưởng thôn hoặc UBND xã biết thôn, ấp, tổ dân phố của bạn thuộc loại nào.",
        kind: QuestionKind::MultipleChoice { exclusive: "khong" },
        options: Area::OPTIONS,
        allows_unknown: true,
        shared_page: None,
    },
    Question {
        id: QuestionId::EthnicMinority,
        title: "Người này có phải là người dân tộc thiểu số không?",
        hint: "Dân tộc khác dân tộc Kinh, ví dụ Khmer, Tày, Thái, Mường.",
        kind: QuestionKind::SingleChoice,
        options: YesNo::OPTIONS,
        allows_unknown: false,
        shared_page: None,
    },
    Question {
        id: QuestionId::SocialPension,
        title: "Người này có đang nhận trợ cấp hưu trí xã hội hằng tháng không?",
        hint: "Là khoản tiền hằng tháng xã, phường chi cho người cao tuổi không có lương hưu.",
        kind: QuestionKind::SingleChoice,
        options: SocialPension::OPTIONS,
        allows_unknown: true,
        shared_page: Some(SharedPage::Checklist {
            boxes: &[Choice { value: "dang-nhan", label: "Đang nhận trợ cấp hưu trí xã hội hằng tháng (tiền xã, phường chi cho người cao tuổi không có lương hưu)" }],
            unticked: "chua-nhan",
        }),
    },
    Question {
        id: QuestionId::SurvivorAllowance,
        title: "Người này có đang nhận trợ cấp tuất hằng tháng không?",
        hint: "Trợ cấp tuất là tiền bảo hiểm xã hội trả hằng tháng cho thân nhân của người đã mất.",
        kind: QuestionKind::SingleChoice,
        options: YesNo::OPTIONS,
        allows_unknown: true,
        shared_page: Some(SharedPage::Checklist {
            boxes: &[Choice { value: "co", label: "Đang nhận trợ cấp tuất hằng tháng (tiền bảo hiểm xã hội trả cho thân nhân của người đã mất)" }],
            unticked: "khong",
        }),
    },
    Question {
        id: QuestionId::SocialAssistance,
        title: "Người này có đang nhận trợ cấp xã hội hằng tháng không?",
        hint: "Ví dụ trợ cấp cho người khuyết tật, trẻ mồ côi, người cao tuổi cô đơn, do xã, phường chi trả.",
        kind: QuestionKind::SingleChoice,
        options: YesNo::OPTIONS,
        allows_unknown: true,
        shared_page: Some(SharedPage::Checklist {
            boxes: &[Choice { value: "co", label: "Đang nhận trợ cấp xã hội hằng tháng (người khuyết tật, trẻ mồ côi, người cao tuổi cô đơn…)" }],
            unticked: "khong",
        }),
    },
    Question {
        id: QuestionId::School,
        title: "Cháu có đi học không?",
        hint: "Học sinh mua thẻ bảo hiểm y tế tại trường.",
        kind: QuestionKind::SingleChoice,
        options: School::OPTIONS,
        allows_unknown: false,
        shared_page: None,
    },
    Question {
        id: QuestionId::VillageRole,
        title: "Người này có làm một trong các việc sau ở thôn, tổ dân phố không?",
        hint: "Những việc này được Nhà nước hỗ trợ tiền mua thẻ.",
        kind: QuestionKind::SingleChoice,
        options: VillageRole::OPTIONS,
        allows_unknown: false,
        shared_page: Some(SharedPage::Checklist { boxes: VillageRole::OPTIONS.split_at(4).0, unticked: "khong" }),
    },
    Question {
        id: QuestionId::FarmHousehold,
        title: "Gia đình có được xã xác nhận là hộ làm nông, lâm, ngư, diêm nghiệp có mức sống trung bình không?",
        hint: "Đây là danh sách riêng do UBND xã lập, khác với hộ nghèo, hộ cận nghèo.",
        kind: QuestionKind::SingleChoice,
        options: YesNo::OPTIONS,
        allows_unknown: true,
        shared_page: Some(SharedPage::Checklist {
            boxes: &[Choice { value: "co", label: "Gia đình được xã xác nhận là hộ làm nông, lâm, ngư, diêm nghiệp có mức sống trung bình" }],
            unticked: "khong",
        }),
    },
    Question {
        id: QuestionId::HouseholdMembers,
        title: "Gia đình có bao nhiêu người sẽ cùng mua thẻ theo hộ, kể cả người này?",
        hint: "Chỉ tính người cùng nơi cư trú chưa có thẻ theo nhóm khác (trẻ dưới 6 tuổi, học sinh, người đi làm… không tính).",
        kind: QuestionKind::Number { min: 1, max: 30, unit: "người" },
        options: &[],
        allows_unknown: false,
        shared_page: Some(SharedPage::Household),
    },
    Question {
        id: QuestionId::CardHistory,
        title: "Thẻ bảo hiểm y tế gần nhất của người này thế nào?",
        hint: "Người mua lần đầu, hoặc để thẻ hết hạn từ {gian_doan_tu_ngay} ngày trở lên, phải chờ {thoi_gian_cho_ngay} ngày thẻ mới dùng được.",
        kind: QuestionKind::SingleChoice,
        options: CardHistory::OPTIONS,
        allows_unknown: true,
        shared_page: Some(SharedPage::Household),
    },
];

/// The question with this id.
pub fn question(id: QuestionId) -> &'static Question {
    QUESTIONS.iter().find(|question| question.id == id).expect("every QuestionId has a question")
}

/// Every Vietnamese text of the questions table: titles, hints, options, checklist boxes and
/// units, sorted. A translation of the self-check gives each.
pub fn question_texts() -> Vec<&'static str> {
    let mut texts = vec![NONE_OF_THE_CHECKLIST.label];
    for question in &QUESTIONS {
        texts.extend([question.title, question.hint]);
        texts.extend(question.options.iter().map(|choice| choice.label));
        if let Some(SharedPage::Checklist { boxes, .. }) = question.shared_page {
            texts.extend(boxes.iter().map(|choice| choice.label));
        }
        if let QuestionKind::Number { unit, .. } = question.kind {
            texts.push(unit);
        }
    }
    texts.sort_unstable();
    texts.dedup();
    texts
}

/// All questions, in order.
pub fn questions() -> &'static [Question] {
    &QUESTIONS
}
