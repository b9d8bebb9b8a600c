# Имена людей для тех, кому они доступны, и главная страница каждой роли. Русский.

site-documents = Документы
site-participation = Ваше участие
people-col-name = Имя
people-email = Электронная почта
invitations-col-used-by = Использовано
delegation-member-lead = { $role ->
    [alternate] Вы заместитель члена делегации { $member }.
   *[delegate] Вы делегат в составе делегации { $member }.
} Составом делегации распоряжается её глава.
delegation-member-page = Страница государства-члена
delegation-member-head = Консультации, голосования и обмен появятся здесь, когда откроются.
home-now = Что вы можете сделать сейчас
home-now-documents = Читать документы
home-now-record = Следить за публичным реестром
home-sign-up = Зарегистрироваться для участия
home-take-part = Любой может участвовать в публичных консультациях под псевдонимом.
home-your-page = Перейти на свою страницу
orgs-apply-visitor = Чтобы подать заявку, нужна учётная запись.
issued-no-mail = Этот сервер не отправляет электронную почту: передайте ссылку приглашённому самостоятельно.
participation-title = Ваше участие
participation-lead-participant = Вы участвуете под своим публичным идентификатором. Подайте заявку от своей организации, чтобы войти в одну из палат, и читайте, что публикует организация.
participation-lead-stakeholder = Вы участвуете от имени своей организации. На её странице перечислены её члены.
participation-lead-observer = Вы аккредитованный наблюдатель: вы следите за работой без права голоса.
participation-organizations = Ваши организации
participation-organizations-none = Вы не подавали заявок от организаций и не состоите ни в одной из них.
participation-organizations-all = Просмотреть организации
participation-account = Ваша учётная запись и её защита
account-action-read_personal_details = Видеть имена и адреса электронной почты людей
