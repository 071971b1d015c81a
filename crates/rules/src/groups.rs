//! The participant groups of Article 12 (Law on Health Insurance as amended by Law 51/2024/QH15)
//! that the wizard can recognise, and which of them the answers match. No figures here: those
//! are dated data in the policy file.

use crate::answers::{Answers, Reply};
use crate::questions::{AgeBand, Area, Merit, Poverty, School, SocialPension, VillageRole, Work, YesNo};
use bhyt_core::lowercase_first;
use bhyt_core::tr;
use serde::Serialize;

/// A group, named by its clause and point of Article 12. Declared in Article 12 order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Group {
    /// 1a, 1e: employees with a contract of 1 month or more; cadres, civil servants, public employees.
    Employee,
    /// 1g: part-time workers at commune level.
    CommunePartTimer,
    /// 2a: pensioners and monthly work-capacity-loss allowance.
    Pensioner,
    /// 2d: unemployment-benefit recipients.
    Unemployed,
    /// 3a, 3b: army and police.
    ArmedForces,
    /// 3đ: standing militia.
    StandingMilitia,
    /// 3e: people with merit to the revolution, veterans.
    MeritOrVeteran,
    /// 3h: children under 6.
    ChildUnder6,
    /// 3i: martyrs' relatives and people who raised martyrs.
    MartyrRelative,
    /// 3k: relatives of people with merit.
    MeritRelative,
    /// 3l: relatives of army and police officers and soldiers.
    ArmedForcesRelative,
    /// 3o: poor households; ethnic minorities in difficult areas; especially difficult areas; islands.
    PoorOrDisadvantagedArea,
    /// 3r: monthly social-assistance recipients.
    SocialAssistance,
    /// 3s: aged 75+ (or 70–74 near-poor) on monthly survivor allowance.
    SurvivorAllowance,
    /// 3t: social-pension recipients.
    SocialPension,
    /// 4a: near-poor households.
    NearPoor,
    /// 4b: pupils and students.
    PupilOrStudent,
    /// 4c: grassroots security and order forces.
    SecurityForce,
    /// 4d: farm, forestry, fishery, salt households with average living standard.
    FarmHousehold,
    /// 4đ: village health workers and midwives.
    VillageHealthWorker,
    /// 4e: part-timers in villages and residential groups.
    VillagePartTimer,
    /// 4g: ethnic minorities in communes that left the difficult list.
    EthnicMinorityLeftDifficultList,
    /// 4h: artisans.
    Artisan,
    /// 5a: household members joining by household.
    HouseholdMember,
    /// 5d: anyone else, paying alone.
    Individual,
}

/// Who pays the premium.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Payer {
    /// Employer 2/3, employee 1/3 (deducted from the salary).
    EmployerAndEmployee,
    /// Commune budget 2/3, the person 1/3 (1g).
    CommuneAndPerson,
    /// The social insurance fund (BHXH).
    SocialInsuranceFund,
    /// The state budget, in full.
    StateBudget,
    /// The person, with part paid by the state (and maybe the province).
    PersonWithStateSupport,
    /// The household, on the ladder.
    Household,
    /// The person alone.
    Person,
}

impl Payer {
    /// ASCII key used in scenario files.
    pub fn key(self) -> &'static str {
        match self {
            Payer::EmployerAndEmployee => "don-vi-va-nguoi-lao-dong",
            Payer::CommuneAndPerson => "xa-va-nguoi-tham-gia",
            Payer::SocialInsuranceFund => "bhxh",
            Payer::StateBudget => "ngan-sach",
            Payer::PersonWithStateSupport => "nguoi-tham-gia-co-ho-tro",
            Payer::Household => "ho-gia-dinh",
            Payer::Person => "ca-nhan",
        }
    }

    pub fn description(self) -> &'static str {
        match self {
            Payer::EmployerAndEmployee => {
                tr("Người sử dụng lao động đóng 2/3, người lao động đóng 1/3 (trừ vào lương hằng tháng)")
            }
            Payer::CommuneAndPerson => tr("Ngân sách xã đóng 2/3, người tham gia đóng 1/3"),
            Payer::SocialInsuranceFund => tr("Cơ quan bảo hiểm xã hội đóng, bạn không phải đóng"),
            Payer::StateBudget => tr("Nhà nước đóng toàn bộ, bạn không phải đóng"),
            Payer::PersonWithStateSupport => tr("Bạn đóng, Nhà nước hỗ trợ một phần"),
            Payer::Household => tr("Hộ gia đình đóng, được giảm từ người thứ hai"),
            Payer::Person => tr("Bạn tự đóng toàn bộ"),
        }
    }

    /// Whether the person pays anything themselves.
    pub fn person_pays(self) -> bool {
        !matches!(self, Payer::SocialInsuranceFund | Payer::StateBudget)
    }
}

impl Group {
    /// Clause number of Article 12.
    pub fn clause(self) -> u8 {
        use Group::*;
        match self {
            Employee | CommunePartTimer => 1,
            Pensioner | Unemployed => 2,
            ArmedForces
            | StandingMilitia
            | MeritOrVeteran
            | ChildUnder6
            | MartyrRelative
            | MeritRelative
            | ArmedForcesRelative
            | PoorOrDisadvantagedArea
            | SocialAssistance
            | SurvivorAllowance
            | SocialPension => 3,
            NearPoor
            | PupilOrStudent
            | SecurityForce
            | FarmHousehold
            | VillageHealthWorker
            | VillagePartTimer
            | EthnicMinorityLeftDifficultList
            | Artisan => 4,
            HouseholdMember | Individual => 5,
        }
    }

    /// Clause and point, as printed in decrees and on the result page, e.g. `3h`.
    pub fn code(self) -> &'static str {
        use Group::*;
        match self {
            Employee => "1a/1e",
            CommunePartTimer => "1g",
            Pensioner => "2a",
            Unemployed => "2d",
            ArmedForces => "3a/3b",
            StandingMilitia => "3đ",
            MeritOrVeteran => "3e",
            ChildUnder6 => "3h",
            MartyrRelative => "3i",
            MeritRelative => "3k",
            ArmedForcesRelative => "3l",
            PoorOrDisadvantagedArea => "3o",
            SocialAssistance => "3r",
            SurvivorAllowance => "3s",
            SocialPension => "3t",
            NearPoor => "4a",
            PupilOrStudent => "4b",
            SecurityForce => "4c",
            FarmHousehold => "4d",
            VillageHealthWorker => "4đ",
            VillagePartTimer => "4e",
            EthnicMinorityLeftDifficultList => "4g",
            Artisan => "4h",
            HouseholdMember => "5a",
            Individual => "5d",
        }
    }

    /// Plain-Vietnamese name.
    /// The name for this person, in plain words: of a many-part group, the part that applies.
    pub fn name_for(self, answers: &Answers) -> &'static str {
        match self {
            Group::PoorOrDisadvantagedArea if answers.poverty() == Some(Reply::Given(Poverty::Poor)) => {
                tr("Người thuộc hộ nghèo")
            }
            Group::PoorOrDisadvantagedArea
                if answers.lives_in(Area::EspeciallyDifficult) || answers.lives_in(Area::Island) =>
            {
                tr("Người sống ở vùng đặc biệt khó khăn, xã đảo")
            }
            Group::PoorOrDisadvantagedArea => tr("Người dân tộc thiểu số sống ở vùng khó khăn"),
            _ => self.name(),
        }
    }

    pub fn name(self) -> &'static str {
        use Group::*;
        match self {
            Employee => tr("Người lao động có hợp đồng, cán bộ, công chức, viên chức"),
            CommunePartTimer => tr("Người hoạt động không chuyên trách ở cấp xã"),
            Pensioner => tr("Người hưởng lương hưu, trợ cấp mất sức lao động hằng tháng"),
            Unemployed => tr("Người đang hưởng trợ cấp thất nghiệp"),
            ArmedForces => tr("Quân nhân, công an đang phục vụ"),
            StandingMilitia => tr("Dân quân thường trực"),
            MeritOrVeteran => tr("Người có công với cách mạng, cựu chiến binh"),
            ChildUnder6 => tr("Trẻ em dưới 6 tuổi"),
            MartyrRelative => tr("Thân nhân liệt sĩ, người có công nuôi dưỡng liệt sĩ"),
            MeritRelative => tr("Thân nhân của người có công với cách mạng"),
            ArmedForcesRelative => tr("Thân nhân của quân nhân, công an đang phục vụ"),
            PoorOrDisadvantagedArea => tr("Người thuộc hộ nghèo; người dân tộc thiểu số ở vùng khó khăn; người sống ở vùng đặc biệt khó khăn, xã đảo"),
            SocialAssistance => tr("Người hưởng trợ cấp xã hội hằng tháng (bảo trợ xã hội)"),
            SurvivorAllowance => tr("Người hưởng trợ cấp tuất hằng tháng từ 75 tuổi (hoặc 70–74 tuổi thuộc hộ cận nghèo)"),
            SocialPension => tr("Người hưởng trợ cấp hưu trí xã hội"),
            NearPoor => tr("Người thuộc hộ cận nghèo"),
            PupilOrStudent => tr("Học sinh, sinh viên"),
            SecurityForce => tr("Thành viên lực lượng bảo vệ an ninh, trật tự ở cơ sở"),
            FarmHousehold => tr("Người thuộc hộ làm nông, lâm, ngư, diêm nghiệp có mức sống trung bình"),
            VillageHealthWorker => tr("Nhân viên y tế thôn, bản; cô đỡ thôn, bản"),
            VillagePartTimer => tr("Người hoạt động không chuyên trách ở thôn, tổ dân phố"),
            EthnicMinorityLeftDifficultList => tr("Người dân tộc thiểu số ở xã vừa ra khỏi vùng khó khăn"),
            Artisan => tr("Nghệ nhân nhân dân, nghệ nhân ưu tú"),
            HouseholdMember => tr("Thành viên hộ gia đình tham gia theo hộ"),
            Individual => tr("Người tự đóng BHYT (cá nhân)"),
        }
    }

    /// Legal basis of membership: the point and clause of `article`, the citation of Article 12
    /// from the policy data (e.g. `điểm h khoản 3 Điều 12 Luật Bảo hiểm y tế …`).
    pub fn basis(self, article: &str) -> String {
        let code = self.code();
        let clause = self.clause();
        let points: Vec<&str> = code.split('/').map(|part| &part[1..]).collect();
        let points = match points.as_slice() {
            [one] => format!("điểm {one}"),
            [first, second] => format!("điểm {first} và điểm {second}"),
            _ => String::new(),
        };
        format!("{points} khoản {clause} {article}")
    }

    pub fn payer(self) -> Payer {
        match self.clause() {
            1 if self == Group::CommunePartTimer => Payer::CommuneAndPerson,
            1 => Payer::EmployerAndEmployee,
            2 => Payer::SocialInsuranceFund,
            3 => Payer::StateBudget,
            4 => Payer::PersonWithStateSupport,
            _ if self == Group::HouseholdMember => Payer::Household,
            _ => Payer::Person,
        }
    }

    /// Law Art 13 cl 5(e): these state-supported groups may instead join by household.
    pub fn may_choose_household_route(self) -> bool {
        use Group::*;
        matches!(
            self,
            NearPoor
                | SecurityForce
                | FarmHousehold
                | VillageHealthWorker
                | VillagePartTimer
                | EthnicMinorityLeftDifficultList
                | Artisan
        )
    }

    /// State-paid in full with a 100% benefit in the law (Art 22 cl 1(a)): nothing later can lower
    /// the price or raise the benefit, so the wizard stops asking.
    pub fn is_free_with_full_benefit(self) -> bool {
        use Group::*;
        matches!(
            self,
            ArmedForces
                | StandingMilitia
                | MeritOrVeteran
                | ChildUnder6
                | MartyrRelative
                | PoorOrDisadvantagedArea
                | SocialAssistance
                | SurvivorAllowance
        )
    }
}

/// Whether the answers place the person in a group.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Match {
    Yes,
    No,
    /// An answer was "Tôi không biết".
    Unknown,
}

/// One criterion checked, for the "why" list.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Criterion {
    pub group: Group,
    pub status: Match,
    /// Plain-Vietnamese explanation, e.g. "Bạn cho biết gia đình thuộc hộ cận nghèo".
    pub explanation: String,
}

fn criterion(group: Group, status: Match, explanation: impl Into<String>) -> Criterion {
    Criterion { group, status, explanation: explanation.into() }
}

fn yes_no(condition: bool) -> Match {
    if condition {
        Match::Yes
    } else {
        Match::No
    }
}

/// Every group the answers say something about, in Article 12 order. Groups whose question was
/// not asked are left out (not "no"), so the why-list only shows what the resident answered.
pub fn evaluate(answers: &Answers) -> Vec<Criterion> {
    let mut found = Vec::new();
    let Some(age) = answers.age() else { return found };
    found.push(criterion(
        Group::ChildUnder6,
        yes_no(age == AgeBand::Under6),
        tr("Độ tuổi: {}").replace("{}", &bhyt_core::lowercase(age.label())),
    ));
    if let Some(work) = answers.work() {
        let group_for_work = match work {
            Work::Employee => Some(Group::Employee),
            Work::CommunePartTimer => Some(Group::CommunePartTimer),
            Work::Pensioner => Some(Group::Pensioner),
            Work::Unemployed => Some(Group::Unemployed),
            Work::ArmedForces => Some(Group::ArmedForces),
            Work::StandingMilitia => Some(Group::StandingMilitia),
            Work::Student => Some(Group::PupilOrStudent),
            Work::None => None,
        };
        for group in [Group::Employee, Group::Pensioner, Group::Unemployed] {
            if group_for_work != Some(group) {
                found.push(criterion(
                    group,
                    Match::No,
                    tr("Công việc, thu nhập: {}").replace("{}", &lowercase_first(work.label())),
                ));
            }
        }
        if let Some(group) = group_for_work {
            found.push(criterion(
                group,
                Match::Yes,
                tr("Bạn cho biết: {}").replace("{}", &lowercase_first(work.label())),
            ));
        }
    }
    if let Some(merit) = answers.merit() {
        let group_for_merit = match merit {
            Merit::MeritOrVeteran => Some(Group::MeritOrVeteran),
            Merit::MartyrRelative => Some(Group::MartyrRelative),
            Merit::MeritRelative => Some(Group::MeritRelative),
            Merit::ArmedForcesRelative => Some(Group::ArmedForcesRelative),
            Merit::None => None,
        };
        match group_for_merit {
            Some(group) => found.push(criterion(
                group,
                Match::Yes,
                tr("Bạn cho biết: {}").replace("{}", &lowercase_first(merit.label())),
            )),
            None => found.push(criterion(
                Group::MeritOrVeteran,
                Match::No,
                tr("Không phải người có công, cựu chiến binh hay thân nhân"),
            )),
        }
    }
    let poverty = answers.poverty();
    let areas = answers.areas();
    let ethnic = answers.ethnic_minority() == Some(YesNo::Yes);
    if poverty.is_some() || areas.is_some() {
        found.push(poor_or_area(poverty, areas.as_ref(), ethnic));
    }
    if let Some(reply) = answers.social_assistance() {
        found.push(match reply {
            Reply::Given(YesNo::Yes) => {
                criterion(Group::SocialAssistance, Match::Yes, tr("Đang hưởng trợ cấp xã hội hằng tháng"))
            }
            Reply::Given(YesNo::No) => {
                criterion(Group::SocialAssistance, Match::No, tr("Không hưởng trợ cấp xã hội hằng tháng"))
            }
            Reply::Unknown => criterion(
                Group::SocialAssistance,
                Match::Unknown,
                tr("Chưa rõ có hưởng trợ cấp xã hội hằng tháng không"),
            ),
        });
    }
    if let Some(reply) = answers.survivor_allowance() {
        let near_poor = poverty.is_some_and(|p| p.is(Poverty::NearPoor));
        let age_fits = age == AgeBand::From75 || (age == AgeBand::From70To74 && near_poor);
        found.push(match reply {
            Reply::Given(YesNo::Yes) if age_fits => criterion(
                Group::SurvivorAllowance,
                Match::Yes,
                tr("Đang hưởng trợ cấp tuất hằng tháng, đủ điều kiện về tuổi"),
            ),
            Reply::Given(YesNo::Yes) => criterion(
                Group::SurvivorAllowance,
                Match::No,
                tr("Hưởng trợ cấp tuất nhưng chưa đủ 75 tuổi (hoặc 70–74 tuổi thuộc hộ cận nghèo)"),
            ),
            Reply::Given(YesNo::No) => {
                criterion(Group::SurvivorAllowance, Match::No, tr("Không hưởng trợ cấp tuất hằng tháng"))
            }
            Reply::Unknown => criterion(
                Group::SurvivorAllowance,
                Match::Unknown,
                tr("Chưa rõ có hưởng trợ cấp tuất hằng tháng không"),
            ),
        });
    }
    if let Some(reply) = answers.social_pension() {
        found.push(match reply {
            Reply::Given(SocialPension::Receiving) => {
                criterion(Group::SocialPension, Match::Yes, tr("Đang nhận trợ cấp hưu trí xã hội"))
            }
            Reply::Given(SocialPension::NotReceiving) => {
                criterion(Group::SocialPension, Match::No, tr("Chưa nhận trợ cấp hưu trí xã hội"))
            }
            Reply::Unknown => {
                criterion(Group::SocialPension, Match::Unknown, tr("Chưa rõ có nhận trợ cấp hưu trí xã hội không"))
            }
        });
    }
    if let Some(reply) = poverty {
        found.push(match reply {
            Reply::Given(Poverty::NearPoor) => {
                criterion(Group::NearPoor, Match::Yes, tr("Gia đình thuộc hộ cận nghèo"))
            }
            Reply::Given(_) => criterion(Group::NearPoor, Match::No, tr("Gia đình không thuộc hộ cận nghèo")),
            Reply::Unknown => {
                criterion(Group::NearPoor, Match::Unknown, tr("Chưa rõ gia đình có thuộc hộ cận nghèo không"))
            }
        });
    }
    if let Some(school) = answers.school() {
        found.push(match school {
            School::NotAtSchool => criterion(Group::PupilOrStudent, Match::No, tr("Không đi học")),
            _ => criterion(
                Group::PupilOrStudent,
                Match::Yes,
                tr("Bạn cho biết: {}").replace("{}", &lowercase_first(school.label())),
            ),
        });
    }
    if let Some(role) = answers.village_role() {
        let group = match role {
            VillageRole::HealthWorker => Some(Group::VillageHealthWorker),
            VillageRole::PartTimer => Some(Group::VillagePartTimer),
            VillageRole::SecurityForce => Some(Group::SecurityForce),
            VillageRole::Artisan => Some(Group::Artisan),
            VillageRole::None => None,
        };
        match group {
            Some(group) => found.push(criterion(
                group,
                Match::Yes,
                tr("Bạn cho biết: {}").replace("{}", &lowercase_first(role.label())),
            )),
            None => found.push(criterion(
                Group::VillagePartTimer,
                Match::No,
                tr("Không làm y tế thôn, không chuyên trách thôn, tổ dân phố, an ninh trật tự cơ sở"),
            )),
        }
    }
    if let Some(reply) = answers.farm_household() {
        found.push(match reply {
            Reply::Given(YesNo::Yes) => criterion(
                Group::FarmHousehold,
                Match::Yes,
                tr("Hộ làm nông, lâm, ngư, diêm nghiệp có mức sống trung bình"),
            ),
            Reply::Given(YesNo::No) => criterion(
                Group::FarmHousehold,
                Match::No,
                tr("Không thuộc hộ nông, lâm, ngư, diêm nghiệp có mức sống trung bình"),
            ),
            Reply::Unknown => criterion(
                Group::FarmHousehold,
                Match::Unknown,
                tr("Chưa rõ gia đình có được xác định là hộ có mức sống trung bình không"),
            ),
        });
    }
    if ethnic && answers.lives_in(Area::LeftDifficultList) {
        found.push(criterion(
            Group::EthnicMinorityLeftDifficultList,
            Match::Yes,
            tr("Người dân tộc thiểu số ở xã vừa ra khỏi vùng khó khăn"),
        ));
    }
    bhyt_core::sort_short_by_key(&mut found, |criterion| criterion.group);
    found
}

/// Point 3o: poor household; ethnic minority near-poor in an ethnic-minority/mountain commune;
/// ethnic minority in a difficult area; anyone in an especially difficult area or on an island.
fn poor_or_area(poverty: Option<Reply<Poverty>>, areas: Option<&Reply<Vec<Area>>>, ethnic: bool) -> Criterion {
    let group = Group::PoorOrDisadvantagedArea;
    let has = |area: Area| matches!(areas, Some(Reply::Given(list)) if list.contains(&area));
    let poor = poverty.is_some_and(|p| p.is(Poverty::Poor));
    let near_poor = poverty.is_some_and(|p| p.is(Poverty::NearPoor));
    if poor {
        return criterion(group, Match::Yes, tr("Gia đình thuộc hộ nghèo"));
    }
    if has(Area::EspeciallyDifficult) {
        return criterion(group, Match::Yes, tr("Sống ở vùng có điều kiện kinh tế – xã hội đặc biệt khó khăn"));
    }
    if has(Area::Island) {
        return criterion(group, Match::Yes, tr("Sống ở xã đảo, đặc khu đảo"));
    }
    if ethnic && has(Area::Difficult) {
        return criterion(
            group,
            Match::Yes,
            tr("Người dân tộc thiểu số sống ở vùng có điều kiện kinh tế – xã hội khó khăn"),
        );
    }
    if ethnic && near_poor && has(Area::EthnicMinorityMountain) {
        return criterion(
            group,
            Match::Yes,
            tr("Người dân tộc thiểu số thuộc hộ cận nghèo ở vùng đồng bào dân tộc thiểu số và miền núi"),
        );
    }
    let poverty_unknown = matches!(poverty, Some(Reply::Unknown));
    let area_unknown = matches!(areas, Some(Reply::Unknown));
    if poverty_unknown || area_unknown {
        let what = match (poverty_unknown, area_unknown) {
            (true, true) => tr("Chưa rõ gia đình có thuộc hộ nghèo không, và nơi ở có thuộc vùng khó khăn không"),
            (true, false) => tr("Chưa rõ gia đình có thuộc hộ nghèo không"),
            _ => tr("Chưa rõ nơi ở có thuộc vùng khó khăn, đặc biệt khó khăn, xã đảo không"),
        };
        return criterion(group, Match::Unknown, what);
    }
    criterion(group, Match::No, tr("Không thuộc hộ nghèo, không sống ở vùng đặc biệt khó khăn hay xã đảo"))
}

/// Groups the answers place the person in, in Article 12 order (without the clause-5 fallback).
pub fn matched_groups(answers: &Answers) -> Vec<Group> {
    evaluate(answers).into_iter().filter(|c| c.status == Match::Yes).map(|c| c.group).collect()
}
