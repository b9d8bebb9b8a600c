# 首页。中文。

home-lead = 一个人工智能领域多边合作组织的开放平台。
home-about = 成员国与产业界、研究界和民间社会在这里进行审议，寻求跨区域的共识，依照公布的规则作出决定，并将一些成员可以分享的资源与其他成员的需求对接起来。
home-record = 每一项公开行为都是公共记录中的一个条目，任何人都可以在自己的计算机上核验。
home-members-link = 浏览成员国
home-record-link = 查看公共记录
home-latest = 最新公开行为
home-latest-none = 尚未记录任何公开行为。
home-entry = 条目
home-results-heading = 咨询结果
home-results-intro = 参与者的意见、意见群体以及他们共同认可的观点。
home-about-heading = 关于本组织
