//! What to bring and where to go, per group: plain-Vietnamese lists for the result page.
//! The locality's own offices and contacts are added by the page from its configuration.

use crate::groups::Group;
use bhyt_core::tr;

/// Papers to bring when registering or renewing, for the group the person joins under.
pub fn papers_to_bring(group: Group) -> Vec<&'static str> {
    use Group::*;
    let mut papers =
        vec![tr("Căn cước (hoặc căn cước công dân) có gắn chip, hoặc số định danh cá nhân; trẻ em: giấy khai sinh.")];
    match group {
        ChildUnder6 => {
            papers = vec![
                tr("Không cần làm riêng: thẻ được cấp cùng khi đăng ký khai sinh (qua Cổng Dịch vụ công hoặc UBND xã, phường)."),
                tr("Nếu trẻ chưa có thẻ: giấy khai sinh hoặc số định danh cá nhân của trẻ."),
            ]
        }
        Employee | CommunePartTimer => papers.push(tr("Không phải tự đi đăng ký: đơn vị nơi bạn làm việc lập danh sách và đóng.")),
        Pensioner | Unemployed => {
            papers.push(tr("Không phải tự đi đăng ký: cơ quan bảo hiểm xã hội cấp thẻ cùng khoản lương hưu hoặc trợ cấp."))
        }
        ArmedForces | StandingMilitia | ArmedForcesRelative => papers.push(tr("Cơ quan, đơn vị quản lý lập danh sách và làm thẻ.")),
        MeritOrVeteran | MartyrRelative | MeritRelative => {
            papers.push(tr("Giấy chứng nhận người có công, thẻ hoặc quyết định hưởng chế độ (bản chính để đối chiếu)."))
        }
        PoorOrDisadvantagedArea | NearPoor => {
            papers.push(tr("Giấy chứng nhận hộ nghèo, hộ cận nghèo, hoặc tên trong danh sách do UBND xã, phường lập."))
        }
        SocialAssistance | SocialPension | SurvivorAllowance => papers.push(tr("Quyết định hưởng trợ cấp hằng tháng (nếu có).")),
        PupilOrStudent => papers.push(tr("Không phải tự đi đăng ký: nhà trường thu và làm thẻ khi nhập học hoặc đầu năm học.")),
        FarmHousehold => {
            papers.push(tr("Tên trong danh sách hộ làm nông, lâm, ngư, diêm nghiệp có mức sống trung bình do UBND xã, phường lập."))
        }
        VillageHealthWorker | VillagePartTimer | SecurityForce | Artisan => {
            papers.push(tr("Quyết định công nhận hoặc giao nhiệm vụ (bản sao)."))
        }
        EthnicMinorityLeftDifficultList => {}
        HouseholdMember | Individual => {
            papers.push(tr("Tờ khai tham gia BHYT (mẫu TK1-TS); nơi thu có sẵn mẫu và giúp điền."));
            papers.push(tr("Thẻ BHYT cũ hoặc mã số BHXH (nếu đã từng có thẻ), để được tính liên tục."));
            papers.push(tr("Tiền đóng cho 3, 6 hoặc 12 tháng."));
        }
    }
    papers
}

/// Where this person goes first.
pub fn where_to_go(group: Group) -> &'static str {
    use Group::*;
    match group {
        Employee | CommunePartTimer => tr("Hỏi bộ phận nhân sự hoặc kế toán của đơn vị nơi bạn làm việc."),
        Pensioner | Unemployed => tr("Hỏi cơ quan bảo hiểm xã hội nơi bạn nhận lương hưu hoặc trợ cấp."),
        ArmedForces | StandingMilitia | ArmedForcesRelative => {
            tr("Hỏi cơ quan, đơn vị quản lý (đơn vị quân đội, công an, ban chỉ huy quân sự).")
        }
        PupilOrStudent => tr("Hỏi giáo viên chủ nhiệm hoặc phòng tài vụ của nhà trường."),
        // The card comes with the birth registration (the linked public service), not from a list.
        ChildUnder6 => {
            tr("Thẻ được cấp cùng khi đăng ký khai sinh, qua Cổng Dịch vụ công, VNeID hoặc UBND xã, phường. Nếu trẻ chưa có thẻ, hỏi UBND xã, phường.")
        }
        HouseholdMember | Individual => {
            tr("Đóng tại đại lý thu, bưu điện, bảo hiểm xã hội, hoặc gia hạn trên ứng dụng VssID, Cổng Dịch vụ công.")
        }
        _ => tr("Hỏi người phụ trách ở thôn, tổ dân phố hoặc UBND xã, phường để được đưa vào danh sách."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_group_gets_papers_and_a_place() {
        for group in [
            Group::ChildUnder6,
            Group::NearPoor,
            Group::Individual,
            Group::HouseholdMember,
            Group::PupilOrStudent,
            Group::Employee,
        ] {
            assert!(!papers_to_bring(group).is_empty(), "{group:?}");
            assert!(!where_to_go(group).is_empty(), "{group:?}");
        }
        assert!(papers_to_bring(Group::Individual).iter().any(|p| p.contains("TK1-TS")));
        assert!(papers_to_bring(Group::ChildUnder6).iter().all(|p| !p.contains("TK1-TS")));
    }
}
