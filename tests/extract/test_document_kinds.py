"""Whole documents of the kinds the extractor meets unseen (a communiqué in prose and as a flattened
table, a work report, a budget report, a quarterly and a 1–N month analysis, news about several
regions), written in our own words, each with every catalog figure the GUIDE asks for: nothing
missing, nothing more (catalog ids only; the extractor's own ids are not scored)."""

from __future__ import annotations

import pytest

from src.extract import resources
from tests.conftest import rec

DOCS: list[tuple[str, dict, str, set[tuple]]] = []


def d(name: str, kw: dict, text: str, exp: set[tuple]) -> None:
    DOCS.append((name, kw, text, exp))



A, T, V, G = "actual", "target", "value", "growth"
d("communique_text", dict(region="嘉兴市", published="2024-03-15", doc_type="statistical_communique"),
"""嘉兴市2023年国民经济和社会发展统计公报
一、综合
经初步核算，全年实现地区生产总值7062.5亿元，按可比价格计算，比上年增长6.3%。其中，第一产业增加值145.2亿元，增长4.1%；第二产业增加值3632.4亿元，增长5.9%；第三产业增加值3284.9亿元，增长6.9%。按常住人口计算，全市人均地区生产总值127480元。
年末全市常住人口555.1万人，比上年末增加3.5万人。常住人口城镇化率为73.1%。
全年城镇新增就业8.3万人。
二、工业
全年规模以上工业增加值2602.3亿元，比上年增长8.4%。
三、固定资产投资
全年固定资产投资比上年增长5.2%。其中，民间投资增长3.1%，工业投资增长12.5%，基础设施投资下降2.0%。
四、国内贸易
全年社会消费品零售总额2302.8亿元，比上年增长7.6%。限额以上单位消费品零售额1102.6亿元，增长5.1%。
五、对外经济
全年货物进出口总额3788.2亿元，比上年增长1.2%。其中，出口2805.4亿元，增长3.3%；进口982.8亿元，下降4.5%。一般贸易进出口2551.0亿元，增长2.2%。机电产品出口1300.5亿元，增长4.0%。
六、财政
全年一般公共预算收入601.3亿元，比上年增长7.1%，其中税收收入486.9亿元，增长9.0%。一般公共预算支出840.2亿元，增长3.7%。
七、人民生活
全年全体居民人均可支配收入70052元，比上年增长5.6%。城镇、农村居民人均可支配收入分别为81059元和51842元，分别增长5.0%和6.5%。
""", {
("gdp",V,7062.5,A,2023,"year","嘉兴市"),("gdp",G,6.3,A,2023,"year","嘉兴市"),
("primary_industry_value_added",V,145.2,A,2023,"year","嘉兴市"),("primary_industry_value_added",G,4.1,A,2023,"year","嘉兴市"),
("secondary_industry_value_added",V,3632.4,A,2023,"year","嘉兴市"),("secondary_industry_value_added",G,5.9,A,2023,"year","嘉兴市"),
("tertiary_industry_value_added",V,3284.9,A,2023,"year","嘉兴市"),("tertiary_industry_value_added",G,6.9,A,2023,"year","嘉兴市"),
("gdp_per_capita",V,127480,A,2023,"year","嘉兴市"),
("resident_population",V,555.1,A,2023,"year","嘉兴市"),
("new_urban_jobs",V,83000,A,2023,"year","嘉兴市"),
("industrial_value_added",V,2602.3,A,2023,"year","嘉兴市"),("industrial_value_added",G,8.4,A,2023,"year","嘉兴市"),
("fixed_asset_investment",G,5.2,A,2023,"year","嘉兴市"),("industrial_investment",G,12.5,A,2023,"year","嘉兴市"),
("retail_sales",V,2302.8,A,2023,"year","嘉兴市"),("retail_sales",G,7.6,A,2023,"year","嘉兴市"),
("imports_exports",V,3788.2,A,2023,"year","嘉兴市"),("imports_exports",G,1.2,A,2023,"year","嘉兴市"),
("exports",V,2805.4,A,2023,"year","嘉兴市"),("exports",G,3.3,A,2023,"year","嘉兴市"),
("fiscal_revenue_general",V,601.3,A,2023,"year","嘉兴市"),("fiscal_revenue_general",G,7.1,A,2023,"year","嘉兴市"),
("disposable_income",V,70052,A,2023,"year","嘉兴市"),("disposable_income",G,5.6,A,2023,"year","嘉兴市"),
("urban_disposable_income",V,81059,A,2023,"year","嘉兴市"),("rural_disposable_income",V,51842,A,2023,"year","嘉兴市"),
("urban_disposable_income",G,5.0,A,2023,"year","嘉兴市"),("rural_disposable_income",G,6.5,A,2023,"year","嘉兴市"),
})

d("communique_table", dict(region="温州市", published="2024-04-02", doc_type="statistical_communique"),
"""温州市2023年国民经济和社会发展统计公报
表1  2023年主要经济指标
指标 单位 绝对数 比上年增长(%)
地区生产总值 亿元 8730.6 6.0
第一产业增加值 亿元 190.4 4.0
规模以上工业增加值 亿元 1856.2 8.7
固定资产投资 亿元 — 4.8
社会消费品零售总额 亿元 4001.3 8.2
一般公共预算收入 亿元 655.4 7.4
城镇居民人均可支配收入 元 80283 4.8
农村居民人均可支配收入 元 42578 7.1
年末常住人口 万人 976.0 0.6
""", {
("gdp",V,8730.6,A,2023,"year","温州市"),("gdp",G,6.0,A,2023,"year","温州市"),
("primary_industry_value_added",V,190.4,A,2023,"year","温州市"),("primary_industry_value_added",G,4.0,A,2023,"year","温州市"),
("industrial_value_added",V,1856.2,A,2023,"year","温州市"),("industrial_value_added",G,8.7,A,2023,"year","温州市"),
("fixed_asset_investment",G,4.8,A,2023,"year","温州市"),
("retail_sales",V,4001.3,A,2023,"year","温州市"),("retail_sales",G,8.2,A,2023,"year","温州市"),
("fiscal_revenue_general",V,655.4,A,2023,"year","温州市"),("fiscal_revenue_general",G,7.4,A,2023,"year","温州市"),
("urban_disposable_income",V,80283,A,2023,"year","温州市"),("urban_disposable_income",G,4.8,A,2023,"year","温州市"),
("rural_disposable_income",V,42578,A,2023,"year","温州市"),("rural_disposable_income",G,7.1,A,2023,"year","温州市"),
("resident_population",V,976.0,A,2023,"year","温州市"),("resident_population",G,0.6,A,2023,"year","温州市"),
})

d("work_report", dict(region="合肥市", published="2024-01-18", doc_type="work_report"),
"""合肥市2024年政府工作报告
各位代表：
一、2023年工作回顾
过去一年，全市地区生产总值达到12673.8亿元、增长5.8%，经济总量跻身全国前列。一般公共预算收入完成935.4亿元、增长8.0%。固定资产投资增长6.2%，社会消费品零售总额增长7.5%。常住人口达到985.3万人，净增22万人。城镇和农村常住居民人均可支配收入分别增长5.1%和7.3%。新增城镇就业15.6万人。单位地区生产总值能耗下降3.2%。
二、2024年工作安排
今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%，固定资产投资增长8%，社会消费品零售总额增长7%，城乡居民收入增长与经济增长同步，城镇新增就业14万人以上。
""", {
("gdp",V,12673.8,A,2023,"year","合肥市"),("gdp",G,5.8,A,2023,"year","合肥市"),
("fiscal_revenue_general",V,935.4,A,2023,"year","合肥市"),("fiscal_revenue_general",G,8.0,A,2023,"year","合肥市"),
("fixed_asset_investment",G,6.2,A,2023,"year","合肥市"),("retail_sales",G,7.5,A,2023,"year","合肥市"),
("resident_population",V,985.3,A,2023,"year","合肥市"),
("urban_disposable_income",G,5.1,A,2023,"year","合肥市"),("rural_disposable_income",G,7.3,A,2023,"year","合肥市"),
("new_urban_jobs",V,156000,A,2023,"year","合肥市"),
("gdp",G,6,T,2024,"year","合肥市"),("fiscal_revenue_general",G,5,T,2024,"year","合肥市"),
("fixed_asset_investment",G,8,T,2024,"year","合肥市"),("retail_sales",G,7,T,2024,"year","合肥市"),
("new_urban_jobs",V,140000,T,2024,"year","合肥市"),
})

d("budget_report", dict(region="温州市", published="2024-01-20", doc_type="budget_report"),
"""关于温州市2023年预算执行情况和2024年预算草案的报告
一、2023年预算执行情况
（一）一般公共预算
全市一般公共预算收入655.4亿元，比上年增长7.4%，其中税收收入510.2亿元。全市一般公共预算支出1088.6亿元。
市级一般公共预算收入120.3亿元，增长6.1%。市本级一般公共预算收入98.7亿元，增长5.0%。
温州经济技术开发区一般公共预算收入40.2亿元，增长9.3%。
二、2024年预算草案
全市一般公共预算收入预期增长6%，安排690亿元。市级一般公共预算收入安排127.5亿元，增长6%。
""", {
("fiscal_revenue_general",V,655.4,A,2023,"year","温州市"),("fiscal_revenue_general",G,7.4,A,2023,"year","温州市"),
("fiscal_revenue_general",V,40.2,A,2023,"year","温州经济技术开发区"),("fiscal_revenue_general",G,9.3,A,2023,"year","温州经济技术开发区"),
("fiscal_revenue_general",G,6,T,2024,"year","温州市"),("fiscal_revenue_general",V,690,T,2024,"year","温州市"),
})

d("quarterly", dict(region="嘉兴市", published="2024-04-25", doc_type="statistical_analysis"),
"""一季度嘉兴市经济运行情况
一季度，全市实现地区生产总值1620.4亿元，按不变价格计算，同比增长6.8%。规模以上工业增加值同比增长10.2%。固定资产投资同比增长7.9%。社会消费品零售总额566.3亿元，同比增长6.1%。全市居民人均可支配收入20386元，同比增长5.9%。
3月份，规模以上工业增加值同比增长11.0%。
""", {
("gdp",V,1620.4,A,2024,"Q1","嘉兴市"),("gdp",G,6.8,A,2024,"Q1","嘉兴市"),
("industrial_value_added",G,10.2,A,2024,"Q1","嘉兴市"),("fixed_asset_investment",G,7.9,A,2024,"Q1","嘉兴市"),
("retail_sales",V,566.3,A,2024,"Q1","嘉兴市"),("retail_sales",G,6.1,A,2024,"Q1","嘉兴市"),
("disposable_income",V,20386,A,2024,"Q1","嘉兴市"),("disposable_income",G,5.9,A,2024,"Q1","嘉兴市"),
("industrial_value_added",G,11.0,A,2024,"M3","嘉兴市"),
})

d("months", dict(region="温州市", published="2024-10-28", doc_type="statistical_analysis"),
"""2024年1—9月温州市经济运行简况
前三季度，全市规上工业增加值增长7.7%，固定资产投资增长3.6%，社会消费品零售总额3090.2亿元，增长5.8%，外贸进出口总额2170.5亿元，增长9.0%。
""", {
("industrial_value_added",G,7.7,A,2024,"Q1-Q3","温州市"),("fixed_asset_investment",G,3.6,A,2024,"Q1-Q3","温州市"),
("retail_sales",V,3090.2,A,2024,"Q1-Q3","温州市"),("retail_sales",G,5.8,A,2024,"Q1-Q3","温州市"),
("imports_exports",V,2170.5,A,2024,"Q1-Q3","温州市"),("imports_exports",G,9.0,A,2024,"Q1-Q3","温州市"),
})

d("news_multi", dict(region="长丰县", published="2024-07-30", doc_type="news"),
"""长丰上半年经济运行稳中向好
记者从县统计局获悉，上半年，长丰县实现地区生产总值402.6亿元，同比增长7.1%，高于全市1.4个百分点。规上工业增加值增长12.3%。
同期，合肥市地区生产总值6081.1亿元，同比增长5.7%。全国国内生产总值616836亿元，同比增长5.0%。
该县固定资产投资同比增长9.2%。
""", {
("gdp",V,402.6,A,2024,"H1","长丰县"),("gdp",G,7.1,A,2024,"H1","长丰县"),
("industrial_value_added",G,12.3,A,2024,"H1","长丰县"),
("gdp",V,6081.1,A,2024,"H1","合肥市"),("gdp",G,5.7,A,2024,"H1","合肥市"),
("gdp",V,616836,A,2024,"H1","全国"),("gdp",G,5.0,A,2024,"H1","全国"),
("fixed_asset_investment",G,9.2,A,2024,"H1","长丰县"),
})

d("communique_b", dict(region="合肥市", published="2025-03-20", doc_type="statistical_communique"),
"""合肥市2024年国民经济和社会发展统计公报
初步核算，全市实现地区生产总值（GDP）13507.7亿元，按不变价格计算，同比增长6.1%。分产业看，第一产业增加值422.5亿元，增长3.4%；第二产业增加值4987.3亿元，增长8.0%；第三产业增加值8097.9亿元，增长5.1%。
年末全市常住人口为1000.2万人，比上年末增加14.9万人，其中城镇常住人口862.3万人。
全年全社会固定资产投资比上年下降1.5%。
全年社会消费品零售总额达到5321.7亿元，增长4.3%。
全年一般公共预算收入完成968.2亿元，同口径增长3.5%。
全体居民人均可支配收入达到58734元，增长5.0%。城镇常住居民人均可支配收入68103元，增长4.3%；农村常住居民人均可支配收入35122元，增长6.6%。
""", {
("gdp",V,13507.7,A,2024,"year","合肥市"),("gdp",G,6.1,A,2024,"year","合肥市"),
("primary_industry_value_added",V,422.5,A,2024,"year","合肥市"),("primary_industry_value_added",G,3.4,A,2024,"year","合肥市"),
("secondary_industry_value_added",V,4987.3,A,2024,"year","合肥市"),("secondary_industry_value_added",G,8.0,A,2024,"year","合肥市"),
("tertiary_industry_value_added",V,8097.9,A,2024,"year","合肥市"),("tertiary_industry_value_added",G,5.1,A,2024,"year","合肥市"),
("resident_population",V,1000.2,A,2024,"year","合肥市"),
("fixed_asset_investment",G,-1.5,A,2024,"year","合肥市"),
("retail_sales",V,5321.7,A,2024,"year","合肥市"),("retail_sales",G,4.3,A,2024,"year","合肥市"),
("fiscal_revenue_general",V,968.2,A,2024,"year","合肥市"),("fiscal_revenue_general",G,3.5,A,2024,"year","合肥市"),
("disposable_income",V,58734,A,2024,"year","合肥市"),("disposable_income",G,5.0,A,2024,"year","合肥市"),
("urban_disposable_income",V,68103,A,2024,"year","合肥市"),("urban_disposable_income",G,4.3,A,2024,"year","合肥市"),
("rural_disposable_income",V,35122,A,2024,"year","合肥市"),("rural_disposable_income",G,6.6,A,2024,"year","合肥市"),
})
d("work_report_b", dict(region="温州市", published="2025-01-15", doc_type="work_report"),
"""2025年温州市政府工作报告
一、2024年工作回顾
预计全年全市生产总值突破9000亿元，增长6%左右；一般公共预算收入690.5亿元，增长5.2%；固定资产投资增长3.9%；社会消费品零售总额4262亿元，增长6.5%。城乡居民人均可支配收入分别达到83400元、45600元，增长4.5%、6.4%。年末常住人口达到982万人。
二、2025年主要目标
全市生产总值增长5.5%以上；一般公共预算收入增长5%；固定资产投资增长5%；社会消费品零售总额增长6%左右；城乡居民收入增长与经济增长基本同步。
""", {
("gdp",G,6,A,2024,"year","温州市"),("gdp",V,9000,A,2024,"year","温州市"),
("fiscal_revenue_general",V,690.5,A,2024,"year","温州市"),("fiscal_revenue_general",G,5.2,A,2024,"year","温州市"),
("fixed_asset_investment",G,3.9,A,2024,"year","温州市"),
("retail_sales",V,4262,A,2024,"year","温州市"),("retail_sales",G,6.5,A,2024,"year","温州市"),
("urban_disposable_income",V,83400,A,2024,"year","温州市"),("rural_disposable_income",V,45600,A,2024,"year","温州市"),
("urban_disposable_income",G,4.5,A,2024,"year","温州市"),("rural_disposable_income",G,6.4,A,2024,"year","温州市"),
("resident_population",V,982,A,2024,"year","温州市"),
("gdp",G,5.5,T,2025,"year","温州市"),("fiscal_revenue_general",G,5,T,2025,"year","温州市"),
("fixed_asset_investment",G,5,T,2025,"year","温州市"),("retail_sales",G,6,T,2025,"year","温州市"),
})
d("news_province", dict(region="肥西县", published="2024-08-05", doc_type="news"),
"""肥西上半年主要指标增速领跑
今年上半年，肥西地区生产总值完成612.3亿元，同比增长8.2%，增速高于全省2.1个百分点。1—6月，全县规上工业增加值增长13.5%，社会消费品零售总额125.6亿元，增长6.0%。
据省统计局数据，上半年全省地区生产总值增长6.1%。
""", {
("gdp",V,612.3,A,2024,"H1","肥西县"),("gdp",G,8.2,A,2024,"H1","肥西县"),
("industrial_value_added",G,13.5,A,2024,"H1","肥西县"),
("retail_sales",V,125.6,A,2024,"H1","肥西县"),("retail_sales",G,6.0,A,2024,"H1","肥西县"),
("gdp",G,6.1,A,2024,"H1","安徽省"),
})
d("budget_b", dict(region="合肥市", published="2025-01-22", doc_type="budget_report"),
"""关于合肥市2024年预算执行情况和2025年预算草案的报告
2024年，全市一般公共预算收入完成968.2亿元，为预算的100.8%，同口径增长3.5%。市本级一般公共预算收入312.4亿元，增长2.1%。全市一般公共预算支出1421.3亿元。
2025年全市一般公共预算收入预算安排1007亿元，增长4%。市级一般公共预算收入预计完成325亿元。
""", {
("fiscal_revenue_general",V,968.2,A,2024,"year","合肥市"),("fiscal_revenue_general",G,3.5,A,2024,"year","合肥市"),
("fiscal_revenue_general",V,1007,T,2025,"year","合肥市"),("fiscal_revenue_general",G,4,T,2025,"year","合肥市"),
})
d("quarter_b", dict(region="温州市", published="2024-07-22", doc_type="news"),
"""温州市上半年经济运行情况
根据地区生产总值统一核算结果，上半年全市地区生产总值4210.3亿元，按不变价格计算，同比增长6.5%。全市固定资产投资同比增长4.1%。全市居民人均可支配收入38546元，同比增长5.2%。其中，城镇居民人均可支配收入45321元，增长4.6%；农村居民人均可支配收入25012元，增长6.8%。
""", {
("gdp",V,4210.3,A,2024,"H1","温州市"),("gdp",G,6.5,A,2024,"H1","温州市"),
("fixed_asset_investment",G,4.1,A,2024,"H1","温州市"),
("disposable_income",V,38546,A,2024,"H1","温州市"),("disposable_income",G,5.2,A,2024,"H1","温州市"),
("urban_disposable_income",V,45321,A,2024,"H1","温州市"),("urban_disposable_income",G,4.6,A,2024,"H1","温州市"),
("rural_disposable_income",V,25012,A,2024,"H1","温州市"),("rural_disposable_income",G,6.8,A,2024,"H1","温州市"),
})
R="嘉兴市"
d("comm_c", dict(region=R, published="2025-03-10", doc_type="statistical_communique"),
"""嘉兴市2024年国民经济和社会发展统计公报
全市地区生产总值比上年增长5.9%，总量达到7565.2亿元。第一产业、第二产业和第三产业增加值分别为150.1亿元、3800.6亿元和3614.5亿元，分别增长3.5%、6.4%和5.5%。三次产业结构调整为2.0:50.2:47.8。人均地区生产总值达到13.5万元。
年末全市常住人口增至561.2万人，户籍人口389.1万人。常住人口城镇化率73.8%。
全年固定资产投资（不含农户）比上年增长3.1%。
社会消费品零售总额完成2450.7亿元，比上年增长6.3%，其中，限额以上单位消费品零售额1170.3亿元，增长4.2%。
一般公共预算收入为预算的102.1%，总额630.8亿元，增长4.9%。
农村居民人均可支配收入54321元，增长6.1%，城乡居民收入比缩小到1.55。
""", {
("gdp",V,7565.2,A,2024,"year",R),("gdp",G,5.9,A,2024,"year",R),
("primary_industry_value_added",V,150.1,A,2024,"year",R),("primary_industry_value_added",G,3.5,A,2024,"year",R),
("secondary_industry_value_added",V,3800.6,A,2024,"year",R),("secondary_industry_value_added",G,6.4,A,2024,"year",R),
("tertiary_industry_value_added",V,3614.5,A,2024,"year",R),("tertiary_industry_value_added",G,5.5,A,2024,"year",R),
("gdp_per_capita",V,135000,A,2024,"year",R),
("resident_population",V,561.2,A,2024,"year",R),
("fixed_asset_investment",G,3.1,A,2024,"year",R),
("retail_sales",V,2450.7,A,2024,"year",R),("retail_sales",G,6.3,A,2024,"year",R),
("fiscal_revenue_general",V,630.8,A,2024,"year",R),("fiscal_revenue_general",G,4.9,A,2024,"year",R),
("rural_disposable_income",V,54321,A,2024,"year",R),("rural_disposable_income",G,6.1,A,2024,"year",R),
})
d("news_suzhou", dict(region="昆山市", published="2024-07-28", doc_type="news"),
"""昆山上半年GDP增长5.2%
上半年，昆山实现地区生产总值2563.4亿元，同比增长5.2%。同期，苏州市实现地区生产总值12365.8亿元，同比增长5.6%，全市规上工业总产值同比增长4.3%。
该市社会消费品零售总额同比增长3.8%。
""", {
("gdp",V,2563.4,A,2024,"H1","昆山市"),("gdp",G,5.2,A,2024,"H1","昆山市"),
("gdp",V,12365.8,A,2024,"H1","苏州市"),("gdp",G,5.6,A,2024,"H1","苏州市"),
("industrial_output",G,4.3,A,2024,"H1","苏州市"),
("retail_sales",G,3.8,A,2024,"H1","苏州市"),
})
d("q3", dict(region="温州市", published="2024-10-25", doc_type="statistical_analysis"),
"""前三季度温州经济运行情况
全市GDP达到6543.2亿元，同比增长5.8%。1-9月，固定资产投资增长3.6%，一般公共预算收入512.3亿元，增长4.4%。
""", {
("gdp",V,6543.2,A,2024,"Q1-Q3","温州市"),("gdp",G,5.8,A,2024,"Q1-Q3","温州市"),
("fixed_asset_investment",G,3.6,A,2024,"Q1-Q3","温州市"),
("fiscal_revenue_general",V,512.3,A,2024,"Q1-Q3","温州市"),("fiscal_revenue_general",G,4.4,A,2024,"Q1-Q3","温州市"),
})
d("wr_c", dict(region="合肥市", published="2023-01-12", doc_type="work_report"),
"""合肥市政府工作报告
过去一年，经济总量迈上1.2万亿元台阶，达到12013.1亿元，增长3.5%。全市GDP达到1.2万亿元。财政收入质量提升，地方一般公共预算收入完成871.5亿元。全年完成固定资产投资增长11.1%。社零总额达到5000亿元以上。
今年主要预期目标：全市生产总值增长6.5%左右，社会消费品零售总额增长8%。
""", {
("gdp",V,12013.1,A,2022,"year","合肥市"),("gdp",G,3.5,A,2022,"year","合肥市"),
("fiscal_revenue_general",V,871.5,A,2022,"year","合肥市"),
("fixed_asset_investment",G,11.1,A,2022,"year","合肥市"),
("retail_sales",V,5000,A,2022,"year","合肥市"),
("gdp",G,6.5,T,2023,"year","合肥市"),("retail_sales",G,8,T,2023,"year","合肥市"),
})
d("html_table", dict(region="温州市", published="2025-03-01", doc_type="statistical_communique"),
"温州市2024年统计公报\n表1 2024年主要经济指标\n指标\t单位\t2024年\t增长(%)\n地区生产总值\t亿元\t9718.9\t5.7\n其中：第三产业\t亿元\t5100.2\t6.0\n常住人口\t万人\t982.0\t\n",
{("gdp",V,9718.9,A,2024,"year","温州市"),("gdp",G,5.7,A,2024,"year","温州市"),
 ("tertiary_industry_value_added",V,5100.2,A,2024,"year","温州市"),("tertiary_industry_value_added",G,6.0,A,2024,"year","温州市"),
 ("resident_population",V,982.0,A,2024,"year","温州市")})

R = "绵阳市"
d("monthly_list", dict(region=R, published="2024-12-20", doc_type="statistical_analysis"),
"""2024年1—11月绵阳市主要经济指标
1—11月，全市主要经济指标运行情况如下：
规模以上工业增加值同比增长9.1%；
固定资产投资同比增长5.6%，其中工业投资增长18.2%；
社会消费品零售总额1386.5亿元，同比增长5.9%；
一般公共预算收入171.3亿元，同比增长6.2%；
外贸进出口总额412.8亿元，同比增长4.4%，其中出口265.1亿元，增长7.0%。
11月当月，规模以上工业增加值增长8.3%。
""", {
("industrial_value_added",G,9.1,A,2024,"M1-M11",R),("fixed_asset_investment",G,5.6,A,2024,"M1-M11",R),
("industrial_investment",G,18.2,A,2024,"M1-M11",R),
("retail_sales",V,1386.5,A,2024,"M1-M11",R),("retail_sales",G,5.9,A,2024,"M1-M11",R),
("fiscal_revenue_general",V,171.3,A,2024,"M1-M11",R),("fiscal_revenue_general",G,6.2,A,2024,"M1-M11",R),
("imports_exports",V,412.8,A,2024,"M1-M11",R),("imports_exports",G,4.4,A,2024,"M1-M11",R),
("exports",V,265.1,A,2024,"M1-M11",R),("exports",G,7.0,A,2024,"M1-M11",R),
("industrial_value_added",G,8.3,A,2024,"M11",R),
})
R = "雨花区"
d("district_communique", dict(region=R, published="2024-04-12", doc_type="statistical_communique"),
"""雨花区2023年国民经济和社会发展统计公报
一、综合
全年全区实现地区生产总值2210.6亿元，比上年增长5.1%。其中，第一产业增加值1.2亿元，下降2.0%；第二产业增加值655.3亿元，增长6.2%；第三产业增加值1554.1亿元，增长4.6%。
二、工业
全年规模以上工业增加值增长7.5%。其中，高技术制造业增加值增长12.1%，装备制造业增加值增长9.4%。
三、投资
全年固定资产投资比上年下降3.2%。其中，工业投资增长15.3%，民间投资下降6.1%，房地产开发投资下降11.5%。
四、消费
全年社会消费品零售总额1240.7亿元，增长5.3%。其中，限额以上单位零售额520.4亿元，增长3.0%。
五、财政
全年一般公共预算收入62.5亿元，增长3.9%。其中，税收收入50.1亿元。
六、人民生活
全区居民人均可支配收入72310元，增长4.9%。其中，城镇居民人均可支配收入73580元，增长4.7%。
年末全区常住人口136.8万人。
""", {
("gdp",V,2210.6,A,2023,"year",R),("gdp",G,5.1,A,2023,"year",R),
("primary_industry_value_added",V,1.2,A,2023,"year",R),("primary_industry_value_added",G,-2.0,A,2023,"year",R),
("secondary_industry_value_added",V,655.3,A,2023,"year",R),("secondary_industry_value_added",G,6.2,A,2023,"year",R),
("tertiary_industry_value_added",V,1554.1,A,2023,"year",R),("tertiary_industry_value_added",G,4.6,A,2023,"year",R),
("industrial_value_added",G,7.5,A,2023,"year",R),
("fixed_asset_investment",G,-3.2,A,2023,"year",R),("industrial_investment",G,15.3,A,2023,"year",R),
("retail_sales",V,1240.7,A,2023,"year",R),("retail_sales",G,5.3,A,2023,"year",R),
("fiscal_revenue_general",V,62.5,A,2023,"year",R),("fiscal_revenue_general",G,3.9,A,2023,"year",R),
("disposable_income",V,72310,A,2023,"year",R),("disposable_income",G,4.9,A,2023,"year",R),
("urban_disposable_income",V,73580,A,2023,"year",R),("urban_disposable_income",G,4.7,A,2023,"year",R),
("resident_population",V,136.8,A,2023,"year",R),
})
R = "潍坊市"
d("plan_execution", dict(region=R, published="2024-01-22", doc_type="plan_execution_report"),
"""关于潍坊市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告
一、2023年计划执行情况
全市地区生产总值达到7606.1亿元，增长6.2%。规模以上工业增加值增长8.4%。固定资产投资增长5.0%。社会消费品零售总额3006.4亿元，增长7.1%。一般公共预算收入615.2亿元，增长4.2%。城镇新增就业10.1万人。居民人均可支配收入41560元，增长6.0%。
二、2024年国民经济和社会发展计划主要目标
地区生产总值增长6%左右；规模以上工业增加值增长7%；固定资产投资增长5%以上；社会消费品零售总额增长6.5%；一般公共预算收入增长4%；城镇新增就业8万人以上；居民人均可支配收入增长与经济增长同步。
""", {
("gdp",V,7606.1,A,2023,"year",R),("gdp",G,6.2,A,2023,"year",R),
("industrial_value_added",G,8.4,A,2023,"year",R),("fixed_asset_investment",G,5.0,A,2023,"year",R),
("retail_sales",V,3006.4,A,2023,"year",R),("retail_sales",G,7.1,A,2023,"year",R),
("fiscal_revenue_general",V,615.2,A,2023,"year",R),("fiscal_revenue_general",G,4.2,A,2023,"year",R),
("new_urban_jobs",V,101000,A,2023,"year",R),
("disposable_income",V,41560,A,2023,"year",R),("disposable_income",G,6.0,A,2023,"year",R),
("gdp",G,6,T,2024,"year",R),("industrial_value_added",G,7,T,2024,"year",R),
("fixed_asset_investment",G,5,T,2024,"year",R),("retail_sales",G,6.5,T,2024,"year",R),
("fiscal_revenue_general",G,4,T,2024,"year",R),("new_urban_jobs",V,80000,T,2024,"year",R),
})
R = "衡阳市"
d("news_levels", dict(region=R, published="2024-10-30", doc_type="news"),
"""前三季度衡阳经济稳中有进
本报讯 前三季度，衡阳市实现地区生产总值3112.5亿元，同比增长5.3%，比全省高0.6个百分点。全市规模以上工业增加值增长7.6%，高于全国1.8个百分点。
前三季度全省地区生产总值38540.2亿元，增长4.7%。全国社会消费品零售总额353564亿元，同比增长3.3%。全市社会消费品零售总额1288.3亿元，增长5.5%。
""", {
("gdp",V,3112.5,A,2024,"Q1-Q3",R),("gdp",G,5.3,A,2024,"Q1-Q3",R),
("industrial_value_added",G,7.6,A,2024,"Q1-Q3",R),
("gdp",V,38540.2,A,2024,"Q1-Q3","湖南省"),("gdp",G,4.7,A,2024,"Q1-Q3","湖南省"),
("retail_sales",V,353564,A,2024,"Q1-Q3","全国"),("retail_sales",G,3.3,A,2024,"Q1-Q3","全国"),
("retail_sales",V,1288.3,A,2024,"Q1-Q3",R),("retail_sales",G,5.5,A,2024,"Q1-Q3",R),
})
R = "宜昌市"
d("five_year_review", dict(region=R, published="2021-01-20", doc_type="work_report"),
"""宜昌市2021年政府工作报告
一、“十三五”时期发展回顾
五年来，全市地区生产总值年均增长5.8%，2020年达到4261.4亿元。一般公共预算收入年均增长3.1%。“十三五”期间累计完成固定资产投资1.5万亿元，城镇新增就业累计达到28.6万人。
二、2020年工作回顾
全市地区生产总值下降8.4%。社会消费品零售总额1380.5亿元，下降18.2%。
三、2021年主要目标
地区生产总值增长10%以上，一般公共预算收入增长8%。
""", {
("gdp",G,5.8,A,2020,"multi-year",R),("gdp",V,4261.4,A,2020,"year",R),
("fiscal_revenue_general",G,3.1,A,2020,"multi-year",R),
("fixed_asset_investment",V,15000,A,2020,"multi-year",R),("new_urban_jobs",V,286000,A,2020,"multi-year",R),
("gdp",G,-8.4,A,2020,"year",R),
("retail_sales",V,1380.5,A,2020,"year",R),("retail_sales",G,-18.2,A,2020,"year",R),
("gdp",G,10,T,2021,"year",R),("fiscal_revenue_general",G,8,T,2021,"year",R),
})

R = "义乌市"
d("county_budget", dict(region=R, published="2025-01-10", doc_type="budget_report"),
"""关于义乌市2024年财政预算执行情况和2025年财政预算的报告
2024年，全市一般公共预算收入完成142.6亿元，为调整预算的100.9%，比上年增长5.3%。其中，市本级一般公共预算收入98.1亿元。义乌国际陆港高新区一般公共预算收入12.7亿元，增长8.8%。
2025年，全市一般公共预算收入建议安排148.3亿元，比2024年执行数增长4%。
""", {
("fiscal_revenue_general",V,142.6,A,2024,"year",R),("fiscal_revenue_general",G,5.3,A,2024,"year",R),
("fiscal_revenue_general",V,12.7,A,2024,"year","义乌国际陆港高新区"),("fiscal_revenue_general",G,8.8,A,2024,"year","义乌国际陆港高新区"),
("fiscal_revenue_general",V,148.3,T,2025,"year",R),("fiscal_revenue_general",G,4,T,2025,"year",R),
})
R = "芜湖市"
d("month_release", dict(region=R, published="2024-04-18", doc_type="statistical_analysis"),
"""2024年3月份芜湖市经济运行情况
3月份，全市规模以上工业增加值同比增长10.4%，1—3月累计增长9.6%。
一季度，全市固定资产投资同比增长6.2%；社会消费品零售总额512.7亿元，增长5.5%。
3月当月，全市外贸进出口总额85.3亿元，增长12.1%。
""", {
("industrial_value_added",G,10.4,A,2024,"M3",R),("industrial_value_added",G,9.6,A,2024,"M1-M3",R),
("fixed_asset_investment",G,6.2,A,2024,"Q1",R),
("retail_sales",V,512.7,A,2024,"Q1",R),("retail_sales",G,5.5,A,2024,"Q1",R),
("imports_exports",V,85.3,A,2024,"M3",R),("imports_exports",G,12.1,A,2024,"M3",R),
})
R = "赣州市"
d("plan_midterm", dict(region=R, published="2025-02-10", doc_type="work_report"),
"""赣州市2025年政府工作报告
一、2024年工作回顾
全市地区生产总值达到5160.2亿元，增长5.4%。“十四五”以来，全市地区生产总值年均增长5.9%，规模以上工业增加值年均增长8.1%。
二、2025年主要预期目标
地区生产总值增长5.5%以上，规模以上工业增加值增长7%，社会消费品零售总额增长5.5%。
""", {
("gdp",V,5160.2,A,2024,"year",R),("gdp",G,5.4,A,2024,"year",R),
("gdp",G,5.9,A,2024,"multi-year",R),("industrial_value_added",G,8.1,A,2024,"multi-year",R),
("gdp",G,5.5,T,2025,"year",R),("industrial_value_added",G,7,T,2025,"year",R),("retail_sales",G,5.5,T,2025,"year",R),
})


# A prefecture city's communiqué of 2012 in the names of its time (生产总值（GDP）, 全社会…, 城镇500万元以上
# 项目 as a part, 地方公共财政预算收入 after 财政总收入, 农民人均纯收入, 户籍总人口 beside 常住人口).
R = "遵义市"
d("old_communique", dict(region=R, published="2013-04-10", doc_type="statistical_communique"),
"""遵义市2012年国民经济和社会发展统计公报
一、综合
初步核算，全年全市实现生产总值（GDP）1343.93亿元，按可比价格计算，比上年增长16.1%。其中，第一产业增加值187.2亿元，增长6.6%；第二产业增加值650.1亿元，增长20.3%；第三产业增加值506.6亿元，增长14.5%。按常住人口计算，人均生产总值21897元。
年末全市户籍总人口768.2万人，常住人口613.5万人，常住人口城镇化率39.9%。全年人口自然增长率6.8‰。
二、固定资产投资
全年全社会固定资产投资1255.3亿元，比上年增长40.1%。其中，城镇500万元以上项目固定资产投资1101.2亿元，增长41.0%；房地产开发投资150.3亿元，增长30.2%。
三、国内贸易
全年全社会消费品零售总额410.2亿元，比上年增长16.3%。其中，城镇消费品零售额330.5亿元，增长16.8%；乡村消费品零售额79.7亿元，增长14.4%。
四、对外经济
全年进出口总额8.1亿美元，增长35.2%。实际利用外资3.2亿美元，增长45.5%。
五、财政
全年财政总收入285.6亿元，比上年增长30.2%。其中，地方公共财政预算收入126.7亿元，增长27.4%。
六、人民生活
全年城镇居民人均可支配收入18310元，比上年增长15.2%；农民人均纯收入6250元，增长17.5%。全年城镇新增就业5.2万人。
""", {
("gdp",V,1343.93,A,2012,"year",R),("gdp",G,16.1,A,2012,"year",R),
("primary_industry_value_added",V,187.2,A,2012,"year",R),("primary_industry_value_added",G,6.6,A,2012,"year",R),
("secondary_industry_value_added",V,650.1,A,2012,"year",R),("secondary_industry_value_added",G,20.3,A,2012,"year",R),
("tertiary_industry_value_added",V,506.6,A,2012,"year",R),("tertiary_industry_value_added",G,14.5,A,2012,"year",R),
("gdp_per_capita",V,21897,A,2012,"year",R),("resident_population",V,613.5,A,2012,"year",R),
("fixed_asset_investment",V,1255.3,A,2012,"year",R),("fixed_asset_investment",G,40.1,A,2012,"year",R),
("retail_sales",V,410.2,A,2012,"year",R),("retail_sales",G,16.3,A,2012,"year",R),
("imports_exports",G,35.2,A,2012,"year",R),
("foreign_investment_actual",V,3.2,A,2012,"year",R),("foreign_investment_actual",G,45.5,A,2012,"year",R),
("fiscal_revenue_total",V,285.6,A,2012,"year",R),("fiscal_revenue_total",G,30.2,A,2012,"year",R),
("fiscal_revenue_general",V,126.7,A,2012,"year",R),("fiscal_revenue_general",G,27.4,A,2012,"year",R),
("urban_disposable_income",V,18310,A,2012,"year",R),("urban_disposable_income",G,15.2,A,2012,"year",R),
("rural_disposable_income",V,6250,A,2012,"year",R),("rural_disposable_income",G,17.5,A,2012,"year",R),
("new_urban_jobs",V,52000,A,2012,"year",R),
})
# A county-level city's work report: 预计 about the year just ended, a number wrapped from its unit (PDF),
# 分别 lists of names and of a collective (城镇、农村), and the coming year's goals.
R = "仁怀市"
d("county_work_report", dict(region=R, published="2025-01-10", doc_type="work_report"),
"""政府工作报告
——2025年1月8日在仁怀市第十届人民代表大会第五次会议上
各位代表：
现在，我代表市人民政府，向大会报告工作，请予审议。
一、2024年工作回顾
过去一年，面对复杂严峻的外部环境，全市上下齐心协力，经济社会保持平稳健康发展。预计全年实现地区生产总值1380
亿元、增长7.5%；一般公共预算收入61.2亿元、增长10.3%；固定资产投资、社会消费品零售总额分别增长9.1%、6.5%；城镇、农村居民人均可支配收入分别达到48210元、21560元，分别增长4.8%、7.2%。
（一）工业经济提质增效。规模以上工业增加值增长8.3%，新增规上工业企业12家。
二、2025年工作安排
今年经济社会发展的主要预期目标是：地区生产总值增长7%左右，一般公共预算收入增长6%，固定资产投资增长8%，社会消费品零售总额增长7%，城镇新增就业6000人以上。
""", {
("gdp",V,1380,A,2024,"year",R),("gdp",G,7.5,A,2024,"year",R),
("fiscal_revenue_general",V,61.2,A,2024,"year",R),("fiscal_revenue_general",G,10.3,A,2024,"year",R),
("fixed_asset_investment",G,9.1,A,2024,"year",R),("retail_sales",G,6.5,A,2024,"year",R),
("urban_disposable_income",V,48210,A,2024,"year",R),("rural_disposable_income",V,21560,A,2024,"year",R),
("urban_disposable_income",G,4.8,A,2024,"year",R),("rural_disposable_income",G,7.2,A,2024,"year",R),
("industrial_value_added",G,8.3,A,2024,"year",R),("new_above_scale_industrial_enterprises",V,12,A,2024,"year",R),
("gdp",G,7,T,2025,"year",R),("fiscal_revenue_general",G,6,T,2025,"year",R),
("fixed_asset_investment",G,8,T,2025,"year",R),("retail_sales",G,7,T,2025,"year",R),
("new_urban_jobs",V,6000,T,2025,"year",R),
})
# A city's budget report of the 公共财政 years (before 2015): the whole city's totals, the city level's
# own (市本级) left out, a fund budget that is no general revenue, the draft as next year's target.
R = "绍兴市"
d("old_budget_report", dict(region=R, published="2015-01-20", doc_type="budget_report"),
"""关于绍兴市2014年预算执行情况和2015年预算草案的报告
一、2014年预算执行情况
（一）全市预算执行情况
2014年，全市财政总收入完成560.3亿元，比上年增长9.1%；全市公共财政预算收入完成318.5亿元，为预算的101.2%，增长9.5%。其中，税收收入275.3亿元，增长8.0%。全市公共财政预算支出355.1亿元，增长10.2%。
（二）市本级预算执行情况
市本级公共财政预算收入完成56.2亿元，增长6.1%。
（三）政府性基金预算执行情况
全市政府性基金收入290.5亿元，下降12.3%。
二、2015年预算草案
全市公共财政预算收入预期增长8%。市本级公共财政预算收入安排60.1亿元，增长7%。
""", {
("fiscal_revenue_total",V,560.3,A,2014,"year",R),("fiscal_revenue_total",G,9.1,A,2014,"year",R),
("fiscal_revenue_general",V,318.5,A,2014,"year",R),("fiscal_revenue_general",G,9.5,A,2014,"year",R),
("fiscal_revenue_general",G,8,T,2015,"year",R),
})
# A province's news piece on its cities: the province's own figures, cities by full and short name
# (吉安、上饶…分别), and a city's figure after 其中.
R = "江西省"
d("province_cities_news", dict(region=R, published="2024-08-02", doc_type="news"),
"""上半年全省各设区市经济运行情况出炉
本报讯 记者从省统计局获悉，上半年，全省地区生产总值16125.8亿元，同比增长4.7%。分设区市看，南昌市地区生产总值3612.4亿元，增长4.2%；赣州市地区生产总值2355.6亿元，增长5.1%；吉安、上饶地区生产总值分别增长5.0%和4.6%。
全省固定资产投资同比下降2.3%，社会消费品零售总额6780.2亿元，增长4.1%。其中，赣州市社会消费品零售总额785.3亿元，增长5.0%。
""", {
("gdp",V,16125.8,A,2024,"H1",R),("gdp",G,4.7,A,2024,"H1",R),
("gdp",V,3612.4,A,2024,"H1","南昌市"),("gdp",G,4.2,A,2024,"H1","南昌市"),
("gdp",V,2355.6,A,2024,"H1","赣州市"),("gdp",G,5.1,A,2024,"H1","赣州市"),
("gdp",G,5.0,A,2024,"H1","吉安市"),("gdp",G,4.6,A,2024,"H1","上饶市"),
("fixed_asset_investment",G,-2.3,A,2024,"H1",R),
("retail_sales",V,6780.2,A,2024,"H1",R),("retail_sales",G,4.1,A,2024,"H1",R),
("retail_sales",V,785.3,A,2024,"H1","赣州市"),("retail_sales",G,5.0,A,2024,"H1","赣州市"),
})


# ---- news2: six news and analysis documents (their keys written before the extractor was run) ----
# A provincial paper's piece on a county and its city: 全市/该市 mean the city the sentence is about.
R = "长兴县"
d("county_city_news", dict(region=R, published="2024-08-06", doc_type="news"),
"""长兴：上半年主要经济指标领跑湖州
浙江日报讯 今年上半年，长兴县实现地区生产总值398.6亿元，同比增长7.9%，增速居湖州各区县首位。全县规模以上工业增加值同比增长11.2%，固定资产投资同比增长8.4%，一般公共预算收入36.7亿元，增长5.3%。
同期，湖州市实现地区生产总值1890.3亿元，同比增长6.1%，全市社会消费品零售总额705.2亿元，增长5.6%。该市外贸进出口总额852.4亿元，增长9.8%。
长兴县城镇居民人均可支配收入39820元，增长4.9%。
""", {
("gdp",V,398.6,A,2024,"H1",R),("gdp",G,7.9,A,2024,"H1",R),
("industrial_value_added",G,11.2,A,2024,"H1",R),("fixed_asset_investment",G,8.4,A,2024,"H1",R),
("fiscal_revenue_general",V,36.7,A,2024,"H1",R),("fiscal_revenue_general",G,5.3,A,2024,"H1",R),
("gdp",V,1890.3,A,2024,"H1","湖州市"),("gdp",G,6.1,A,2024,"H1","湖州市"),
("retail_sales",V,705.2,A,2024,"H1","湖州市"),("retail_sales",G,5.6,A,2024,"H1","湖州市"),
("imports_exports",V,852.4,A,2024,"H1","湖州市"),("imports_exports",G,9.8,A,2024,"H1","湖州市"),
("urban_disposable_income",V,39820,A,2024,"H1",R),("urban_disposable_income",G,4.9,A,2024,"H1",R),
})

# A 1—10月 analysis: the period only in the title; one figure of another period (前三季度 GDP).
R = "金华市"
d("ten_month_analysis", dict(region=R, published="2024-11-22", doc_type="statistical_analysis"),
"""1—10月金华市经济运行简析
今年以来，全市经济运行稳中有进。
一、工业生产平稳增长。规模以上工业增加值同比增长8.7%，比1—9月提高0.2个百分点。
二、投资保持增长。固定资产投资同比增长4.6%，其中工业投资增长15.3%，民间投资增长2.1%。
三、消费市场回暖。社会消费品零售总额1802.4亿元，同比增长6.3%。
四、外贸较快增长。进出口总额5712.8亿元，同比增长12.6%，其中出口4980.1亿元，增长13.4%。
五、财政收入稳步增长。一般公共预算收入395.6亿元，同比增长3.8%。
另据季度核算，前三季度全市实现地区生产总值4805.6亿元，同比增长5.8%。
""", {
("industrial_value_added",G,8.7,A,2024,"M1-M10",R),("fixed_asset_investment",G,4.6,A,2024,"M1-M10",R),
("industrial_investment",G,15.3,A,2024,"M1-M10",R),
("retail_sales",V,1802.4,A,2024,"M1-M10",R),("retail_sales",G,6.3,A,2024,"M1-M10",R),
("imports_exports",V,5712.8,A,2024,"M1-M10",R),("imports_exports",G,12.6,A,2024,"M1-M10",R),
("exports",V,4980.1,A,2024,"M1-M10",R),("exports",G,13.4,A,2024,"M1-M10",R),
("fiscal_revenue_general",V,395.6,A,2024,"M1-M10",R),("fiscal_revenue_general",G,3.8,A,2024,"M1-M10",R),
("gdp",V,4805.6,A,2024,"Q1-Q3",R),("gdp",G,5.8,A,2024,"Q1-Q3",R),
})

# News quoting 全国 and 全省 figures as comparisons.
R = "宜昌市"
d("national_provincial_news", dict(region=R, published="2024-04-28", doc_type="news"),
"""一季度宜昌经济增速高于全国全省
三峡日报讯 日前，市统计局发布数据，一季度全市实现地区生产总值1286.5亿元，同比增长6.5%，高于全国（5.3%）1.2个百分点，高于全省0.8个百分点。规上工业增加值增长7.4%，全省为6.9%。固定资产投资同比增长5.1%，比全国高0.6个百分点。社会消费品零售总额增长8.2%，高于全省平均水平（7.6%）。
""", {
("gdp",V,1286.5,A,2024,"Q1",R),("gdp",G,6.5,A,2024,"Q1",R),("gdp",G,5.3,A,2024,"Q1","全国"),
("industrial_value_added",G,7.4,A,2024,"Q1",R),("industrial_value_added",G,6.9,A,2024,"Q1","湖北省"),
("fixed_asset_investment",G,5.1,A,2024,"Q1",R),
("retail_sales",G,8.2,A,2024,"Q1",R),("retail_sales",G,7.6,A,2024,"Q1","湖北省"),
})

# Short region names: counties without 县/市, an autonomous county without its ethnic name.
R = "丽水市"
d("short_names_news", dict(region=R, published="2024-02-05", doc_type="news"),
"""丽水各县（市、区）2023年经济成绩单出炉
处州晚报讯 2023年，丽水市地区生产总值1964.3亿元，增长7.2%。分县（市、区）看，龙泉地区生产总值182.6亿元，增长7.8%；遂昌实现地区生产总值158.4亿元，增长8.1%；景宁地区生产总值83.7亿元，增长7.5%，增速比上年提高1.1个百分点。
景宁一般公共预算收入8.2亿元，增长10.6%。缙云规上工业增加值增长12.3%。
""", {
("gdp",V,1964.3,A,2023,"year",R),("gdp",G,7.2,A,2023,"year",R),
("gdp",V,182.6,A,2023,"year","龙泉市"),("gdp",G,7.8,A,2023,"year","龙泉市"),
("gdp",V,158.4,A,2023,"year","遂昌县"),("gdp",G,8.1,A,2023,"year","遂昌县"),
("gdp",V,83.7,A,2023,"year","景宁畲族自治县"),("gdp",G,7.5,A,2023,"year","景宁畲族自治县"),
("fiscal_revenue_general",V,8.2,A,2023,"year","景宁畲族自治县"),("fiscal_revenue_general",G,10.6,A,2023,"year","景宁畲族自治县"),
("industrial_value_added",G,12.3,A,2023,"year","缙云县"),
})

# Budget news: 全市 against 市级/市本级; next year's expectation.
R = "芜湖市"
d("budget_levels_news", dict(region=R, published="2024-01-25", doc_type="news"),
"""芜湖市2023年财政收支运行平稳
本报讯 记者从市财政局获悉，2023年，全市一般公共预算收入完成405.6亿元，同比增长8.9%，其中税收收入284.3亿元，增长11.2%。市级一般公共预算收入完成126.5亿元，增长6.4%；市本级一般公共预算收入83.2亿元，增长5.1%。全市财政总收入完成702.8亿元，增长7.6%。全市一般公共预算支出612.4亿元，增长4.2%。
今年，全市一般公共预算收入预期增长6%，市本级安排一般公共预算收入87.4亿元。
""", {
("fiscal_revenue_general",V,405.6,A,2023,"year",R),("fiscal_revenue_general",G,8.9,A,2023,"year",R),
("fiscal_revenue_total",V,702.8,A,2023,"year",R),("fiscal_revenue_total",G,7.6,A,2023,"year",R),
("fiscal_revenue_general",G,6,T,2024,"year",R),
})

# A goal mentioned first, then 完成/实现 results, then next year's goal.
R = "东阳市"
d("goal_then_results_news", dict(region=R, published="2024-01-08", doc_type="news"),
"""东阳：交出高质量发展年度答卷
金华日报讯 年初，东阳市政府工作报告提出，2023年地区生产总值增长7%左右、固定资产投资增长10%的目标。一年来，全市上下奋力攻坚，各项目标任务圆满完成。
据统计，2023年东阳市完成地区生产总值818.4亿元，增长7.6%；实现一般公共预算收入63.1亿元，增长9.2%；固定资产投资完成增长11.5%，超额完成年度目标；社会消费品零售总额实现461.9亿元，增长6.8%。
新的一年，东阳将力争地区生产总值增长7.5%。
""", {
("gdp",G,7,T,2023,"year",R),("fixed_asset_investment",G,10,T,2023,"year",R),
("gdp",V,818.4,A,2023,"year",R),("gdp",G,7.6,A,2023,"year",R),
("fiscal_revenue_general",V,63.1,A,2023,"year",R),("fiscal_revenue_general",G,9.2,A,2023,"year",R),
("fixed_asset_investment",G,11.5,A,2023,"year",R),
("retail_sales",V,461.9,A,2023,"year",R),("retail_sales",G,6.8,A,2023,"year",R),
("gdp",G,7.5,T,2024,"year",R),
})


# ---- blind set 3: six documents of other provinces and years, keys written before the extractor ran
# (blind P/R before the fixes: communiqué 1.000/1.000, budget 1.000/0.600, 1—5月 1.000/1.000,
# five-year report 0.967/0.967, trade 1.000/0.714, district half-year 1.000/1.000) ----------------
# (a) A county's communiqué: prose, then the appended table flattened from a PDF (cells split by spaces).
R = "固始县"
d("county_communique_pdf", dict(region=R, published="2022-04-08", doc_type="statistical_communique"),
"""固始县2021年国民经济和社会发展统计公报
固始县统计局
2021年，面对复杂严峻的外部环境和多重风险挑战，全县上下坚持稳中求进工作总基调，统筹疫情防控和经济社会发展，经济运行稳中加固、稳中向好。
一、综合
经初步核算，全年全县完成地区生产总值476.2亿元，按可比价格计算，比上年增长7.6%。其中，第一产业增加值92.5亿元，增长6.9%；第二产业增加值150.3亿元，增长8.8%；第三产业增加值233.4亿元，增长7.1%。三次产业结构为19.4:31.6:49.0。按常住人口计算，全年人均地区生产总值29070元，比上年增长8.3%。
年末全县常住人口163.8万人，其中城镇常住人口70.9万人，常住人口城镇化率43.3%，比上年末提高1.2个百分点。全年城镇新增就业1.36万人。
二、农业
全年粮食总产量134.6万吨，比上年增长1.8%。农林牧渔业总产值158.9亿元，增长7.3%。
三、工业
全年全部工业增加值128.6亿元，增长9.1%。规模以上工业增加值增长9.4%，其中高技术制造业增加值增长18.5%。全年新增规模以上工业企业31家，年末规模以上工业企业达到298家。
四、固定资产投资
全年固定资产投资比上年增长11.2%。其中，工业投资增长23.6%；民间投资增长9.8%；房地产开发投资42.7亿元，下降5.3%。
五、国内贸易
全年社会消费品零售总额205.8亿元，比上年增长12.3%。按经营地分，城镇消费品零售额128.4亿元，增长12.9%；乡村消费品零售额77.4亿元，增长11.3%。
六、对外经济
全年货物进出口总额18.6亿元，增长25.4%，其中出口15.2亿元，增长31.7%。实际利用外资5620万美元，增长6.1%。
七、财政
全年一般公共预算收入22.6亿元，比上年增长10.5%，其中税收收入13.1亿元，增长14.2%。一般公共预算支出96.3亿元，增长2.4%。
八、人民生活
全年全县居民人均可支配收入21436元，比上年增长9.2%。按常住地分，城镇居民人均可支配收入33816元，增长7.9%；农村居民人均可支配收入15902元，增长10.6%。
附表  2021年固始县主要经济指标
指标名称 计量单位 绝对值 比上年增长(%)
地区生产总值 亿元 476.2 7.6
第一产业增加值 亿元 92.5 6.9
第二产业增加值 亿元 150.3 8.8
第三产业增加值 亿元 233.4 7.1
年末常住人口 万人 163.8 -0.4
规模以上工业增加值 亿元 — 9.4
固定资产投资 亿元 — 11.2
社会消费品零售总额 亿元 205.8 12.3
货物进出口总额 亿元 18.6 25.4
实际利用外资 万美元 5620 6.1
一般公共预算收入 亿元 22.6 10.5
税收收入 亿元 13.1 14.2
城镇居民人均可支配收入 元 33816 7.9
农村居民人均可支配收入 元 15902 10.6
""", {
("gdp",V,476.2,A,2021,"year",R),("gdp",G,7.6,A,2021,"year",R),
("primary_industry_value_added",V,92.5,A,2021,"year",R),("primary_industry_value_added",G,6.9,A,2021,"year",R),
("secondary_industry_value_added",V,150.3,A,2021,"year",R),("secondary_industry_value_added",G,8.8,A,2021,"year",R),
("tertiary_industry_value_added",V,233.4,A,2021,"year",R),("tertiary_industry_value_added",G,7.1,A,2021,"year",R),
("gdp_per_capita",V,29070,A,2021,"year",R),("gdp_per_capita",G,8.3,A,2021,"year",R),
("resident_population",V,163.8,A,2021,"year",R),("resident_population",G,-0.4,A,2021,"year",R),
("new_urban_jobs",V,13600,A,2021,"year",R),
("industrial_value_added",G,9.4,A,2021,"year",R),
("new_above_scale_industrial_enterprises",V,31,A,2021,"year",R),
("fixed_asset_investment",G,11.2,A,2021,"year",R),("industrial_investment",G,23.6,A,2021,"year",R),
("retail_sales",V,205.8,A,2021,"year",R),("retail_sales",G,12.3,A,2021,"year",R),
("imports_exports",V,18.6,A,2021,"year",R),("imports_exports",G,25.4,A,2021,"year",R),
("exports",V,15.2,A,2021,"year",R),("exports",G,31.7,A,2021,"year",R),
("foreign_investment_actual",V,0.562,A,2021,"year",R),("foreign_investment_actual",G,6.1,A,2021,"year",R),
("fiscal_revenue_general",V,22.6,A,2021,"year",R),("fiscal_revenue_general",G,10.5,A,2021,"year",R),
("disposable_income",V,21436,A,2021,"year",R),("disposable_income",G,9.2,A,2021,"year",R),
("urban_disposable_income",V,33816,A,2021,"year",R),("urban_disposable_income",G,7.9,A,2021,"year",R),
("rural_disposable_income",V,15902,A,2021,"year",R),("rural_disposable_income",G,10.6,A,2021,"year",R),
})

# (b) A city's budget report: 全市 (the city), 市本级 (a budget level, left out), a high-tech zone (its own
# region); the year's 年初预算 and 调整预算 are targets of 2024, 执行数 its result, 预算安排 2025's target.
R, Z = "保定市", "保定高新技术产业开发区"
d("city_budget_zone", dict(region=R, published="2025-01-16", doc_type="budget_report"),
"""关于保定市2024年预算执行情况和2025年预算草案的报告
——2025年1月14日在保定市第十六届人民代表大会第五次会议上
各位代表：
受市人民政府委托，现将保定市2024年预算执行情况和2025年预算草案提请大会审议，并请市政协委员和其他列席人员提出意见。
一、2024年预算执行情况
（一）全市预算执行情况
全市一般公共预算收入年初预算为286.0亿元，经市人大常委会批准，调整预算为279.5亿元，执行数为281.7亿元，完成调整预算的100.8%，比上年增长4.6%。其中，税收收入181.3亿元，增长2.9%，税收收入占一般公共预算收入的比重为64.4%。全市一般公共预算支出执行数为812.6亿元，增长3.1%。
全市政府性基金预算收入完成158.2亿元，下降21.4%。
（二）市本级预算执行情况
市本级一般公共预算收入年初预算为76.8亿元，调整预算为74.2亿元，执行数为75.1亿元，完成调整预算的101.2%，增长3.3%。
（三）开发区预算执行情况
保定高新技术产业开发区一般公共预算收入完成19.4亿元，增长6.7%；一般公共预算支出完成23.8亿元。
二、2025年预算草案
（一）全市一般公共预算
2025年全市一般公共预算收入预算安排293.0亿元，比2024年执行数增长4%。全市一般公共预算支出安排820.0亿元。
（二）市本级及开发区一般公共预算
市本级一般公共预算收入安排77.9亿元，增长3.7%。高新区一般公共预算收入安排20.4亿元，增长5.2%。
""", {
("fiscal_revenue_general",V,286.0,T,2024,"year",R),("fiscal_revenue_general",V,279.5,T,2024,"year",R),
("fiscal_revenue_general",V,281.7,A,2024,"year",R),("fiscal_revenue_general",G,4.6,A,2024,"year",R),
("fiscal_revenue_general",V,19.4,A,2024,"year",Z),("fiscal_revenue_general",G,6.7,A,2024,"year",Z),
("fiscal_revenue_general",V,293.0,T,2025,"year",R),("fiscal_revenue_general",G,4,T,2025,"year",R),
("fiscal_revenue_general",V,20.4,T,2025,"year",Z),("fiscal_revenue_general",G,5.2,T,2025,"year",Z),
})

# (c) A statistics bureau's 1—5月 analysis: the period only in the title; one month's own figure.
R = "佛山市"
d("five_month_analysis", dict(region=R, published="2023-06-21", doc_type="statistical_analysis"),
"""2023年1—5月佛山市经济运行简况
佛山市统计局
今年以来，全市上下坚持稳中求进，经济运行延续恢复态势。
一、工业生产稳步恢复
全市规模以上工业增加值同比增长4.3%，增速比1—4月提高0.6个百分点。分行业看，先进制造业增加值增长6.1%，高技术制造业增加值增长9.8%。5月当月，全市规模以上工业增加值同比增长6.7%。
二、投资结构持续优化
全市固定资产投资同比增长3.1%。其中，工业投资增长21.4%，制造业投资增长19.6%；基础设施投资增长8.2%；房地产开发投资下降13.7%。
三、消费市场加快回暖
全市社会消费品零售总额1542.6亿元，同比增长7.9%。其中，限额以上单位消费品零售额612.3亿元，增长5.4%；餐饮收入增长18.2%。
四、外贸进出口有所回落
全市外贸进出口总额2105.7亿元，同比下降3.2%。其中，出口1580.3亿元，增长1.5%；进口525.4亿元，下降15.3%。
五、财政收入平稳增长
全市一般公共预算收入372.8亿元，同比增长6.4%，其中税收收入275.1亿元，增长9.2%。
六、金融和价格
5月末，全市金融机构本外币各项存款余额25412.3亿元，同比增长8.6%。全市居民消费价格同比上涨0.3%。
""", {
("industrial_value_added",G,4.3,A,2023,"M1-M5",R),("industrial_value_added",G,6.7,A,2023,"M5",R),
("fixed_asset_investment",G,3.1,A,2023,"M1-M5",R),("industrial_investment",G,21.4,A,2023,"M1-M5",R),
("manufacturing_investment",G,19.6,A,2023,"M1-M5",R),
("retail_sales",V,1542.6,A,2023,"M1-M5",R),("retail_sales",G,7.9,A,2023,"M1-M5",R),
("imports_exports",V,2105.7,A,2023,"M1-M5",R),("imports_exports",G,-3.2,A,2023,"M1-M5",R),
("exports",V,1580.3,A,2023,"M1-M5",R),("exports",G,1.5,A,2023,"M1-M5",R),
("fiscal_revenue_general",V,372.8,A,2023,"M1-M5",R),("fiscal_revenue_general",G,6.4,A,2023,"M1-M5",R),
})

# (d) A provincial capital's work report closing a five-year plan: the 十四五 review (年均, 累计, 翻一番,
# a from-to with named years), the year just ended (预计), this year's goals, and goals for 2030.
R = "南宁市"
d("capital_five_year_report", dict(region=R, published="2026-01-14", doc_type="work_report"),
"""南宁市2026年政府工作报告
——2026年1月10日在南宁市第十六届人民代表大会第六次会议上
各位代表：
现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。
一、“十四五”时期和2025年工作回顾
“十四五”时期是我市发展历程中极不平凡的五年。五年来，我们坚持稳中求进工作总基调，经济实力迈上新台阶。全市地区生产总值从2020年的4726亿元增加到2025年的6180亿元，年均增长5.2%；外贸进出口总额实现翻一番；固定资产投资年均增长3.4%，五年累计完成固定资产投资1.86万亿元；一般公共预算收入累计完成1720.4亿元。城镇、农村居民人均可支配收入年均分别增长4.6%和7.1%，五年累计新增城镇就业52.3万人。
2025年，全市经济运行稳中有进。预计全年地区生产总值增长5.3%；规模以上工业增加值增长9.6%；固定资产投资下降2.1%；社会消费品零售总额2650.3亿元，增长4.8%；一般公共预算收入368.5亿元，增长3.2%；外贸进出口总额1760亿元，增长12.4%；城镇、农村居民人均可支配收入分别达到49860元和23140元，分别增长4.1%和6.3%。年末国家高新技术企业达到2410家。
二、2026年工作安排
今年是“十五五”开局之年。全市经济社会发展的主要预期目标是：地区生产总值增长5%左右，规模以上工业增加值增长8%以上，固定资产投资增长3%，社会消费品零售总额增长5%，一般公共预算收入与经济增长基本同步，城乡居民人均可支配收入增长与经济增长同步，城镇新增就业6.5万人以上，单位地区生产总值能耗下降完成自治区下达任务。
展望“十五五”，力争到2030年全市地区生产总值突破8000亿元，外贸进出口总额达到3000亿元。
""", {
("gdp",V,6180,A,2025,"year",R),("gdp",G,5.2,A,2025,"multi-year",R),
("imports_exports",G,100,A,2025,"multi-year",R),
("fixed_asset_investment",G,3.4,A,2025,"multi-year",R),("fixed_asset_investment",V,18600,A,2025,"multi-year",R),
("fiscal_revenue_general",V,1720.4,A,2025,"multi-year",R),
("urban_disposable_income",G,4.6,A,2025,"multi-year",R),("rural_disposable_income",G,7.1,A,2025,"multi-year",R),
("new_urban_jobs",V,523000,A,2025,"multi-year",R),
("gdp",G,5.3,A,2025,"year",R),("industrial_value_added",G,9.6,A,2025,"year",R),
("fixed_asset_investment",G,-2.1,A,2025,"year",R),
("retail_sales",V,2650.3,A,2025,"year",R),("retail_sales",G,4.8,A,2025,"year",R),
("fiscal_revenue_general",V,368.5,A,2025,"year",R),("fiscal_revenue_general",G,3.2,A,2025,"year",R),
("imports_exports",V,1760,A,2025,"year",R),("imports_exports",G,12.4,A,2025,"year",R),
("urban_disposable_income",V,49860,A,2025,"year",R),("rural_disposable_income",V,23140,A,2025,"year",R),
("urban_disposable_income",G,4.1,A,2025,"year",R),("rural_disposable_income",G,6.3,A,2025,"year",R),
("high_tech_enterprises",V,2410,A,2025,"year",R),
("gdp",G,5,T,2026,"year",R),("industrial_value_added",G,8,T,2026,"year",R),
("fixed_asset_investment",G,3,T,2026,"year",R),("retail_sales",G,5,T,2026,"year",R),
("new_urban_jobs",V,65000,T,2026,"year",R),
("gdp",V,8000,T,2030,"year",R),("imports_exports",V,3000,T,2030,"year",R),
})

# (e) A commerce bureau's year of foreign trade: the totals, and breakdowns by trade mode, ownership,
# market and product (all parts, left out), a surplus, a US-dollar restatement, and next year's goal.
R = "大连市"
d("commerce_trade_summary", dict(region=R, published="2023-01-30", doc_type="work_summary"),
"""2022年大连市对外贸易运行情况
大连市商务局
据大连海关统计，2022年，全市货物贸易进出口总额4787.3亿元，比上年增长9.6%，规模居东北地区首位。其中，出口2605.1亿元，增长14.2%；进口2182.2亿元，增长4.6%；贸易顺差422.9亿元，扩大1.1倍。以美元计，全市进出口总额712.5亿美元。
从贸易方式看，一般贸易进出口2896.5亿元，增长12.3%，占全市进出口总额的60.5%；加工贸易进出口1204.8亿元，增长3.8%。
从经营主体看，民营企业进出口1683.2亿元，增长18.7%；外商投资企业进出口2051.4亿元，增长4.2%；国有企业进出口1045.6亿元，增长7.9%。
从主要市场看，对日本进出口1012.3亿元，下降1.6%；对东盟进出口586.9亿元，增长21.5%；对欧盟进出口498.2亿元，增长6.3%；对“一带一路”沿线国家进出口1356.7亿元，增长19.2%。
从商品结构看，机电产品出口1153.4亿元，增长11.8%，占全市出口总额的44.3%；高新技术产品出口402.6亿元，增长9.4%；农产品出口215.8亿元，增长5.1%。原油进口1020.5亿元，增长32.6%。
利用外资方面，全年全市实际使用外资21.6亿美元，增长18.3%。
2023年，全市将力争外贸进出口总额增长5%以上。
""", {
("imports_exports",V,4787.3,A,2022,"year",R),("imports_exports",G,9.6,A,2022,"year",R),
("exports",V,2605.1,A,2022,"year",R),("exports",G,14.2,A,2022,"year",R),
("foreign_investment_actual",V,21.6,A,2022,"year",R),("foreign_investment_actual",G,18.3,A,2022,"year",R),
("imports_exports",G,5,T,2023,"year",R),
})

# (f) A district's half-year plan-execution summary by its 发改局: 规上工业 and its parts (高新技术产业,
# 战略性新兴产业), investment parts, energy intensity, and the year's goals for the second half.
R = "湖里区"
d("district_half_year", dict(region=R, published="2021-07-23", doc_type="plan_execution_report"),
"""湖里区2021年上半年国民经济和社会发展计划执行情况
湖里区发展和改革局
今年以来，在区委、区政府的坚强领导下，全区上下统筹推进疫情防控和经济社会发展，主要经济指标保持较快增长。
一、主要经济指标完成情况
（一）经济总量稳步增长。上半年，全区实现地区生产总值1268.5亿元，同比增长10.8%，完成年度计划的48.6%。
（二）工业生产较快增长。全区规模以上工业增加值同比增长15.3%，两年平均增长7.9%。其中，高新技术产业增加值增长17.6%，占规模以上工业增加值比重达到72.4%；战略性新兴产业增加值增长21.2%。规上工业总产值892.6亿元，增长18.1%。
（三）投资稳中有升。全区固定资产投资同比增长12.4%。其中，工业投资增长35.2%，民间投资增长8.6%，房地产开发投资增长6.3%，基础设施投资下降4.7%。
（四）消费市场持续回暖。社会消费品零售总额486.3亿元，同比增长24.5%。
（五）财政收入较快增长。财政总收入188.6亿元，同比增长13.1%；一般公共预算收入61.2亿元，增长11.9%。
（六）外贸保持较快增长。全区外贸进出口总额1305.4亿元，增长28.7%，其中出口520.1亿元，增长19.5%。
（七）节能降耗有序推进。全区单位GDP能耗同比下降3.1%，完成年度目标进度。
（八）居民收入稳步提高。全区居民人均可支配收入32456元，同比增长12.3%。
二、下半年工作安排
下半年，我们将紧盯年度目标，力争全年地区生产总值增长8%以上，固定资产投资增长10%，社会消费品零售总额增长9%。
""", {
("gdp",V,1268.5,A,2021,"H1",R),("gdp",G,10.8,A,2021,"H1",R),
("industrial_value_added",G,15.3,A,2021,"H1",R),("industrial_value_added",G,7.9,A,2021,"multi-year",R),
("high_tech_industry_share",V,72.4,A,2021,"H1",R),
("industrial_output",V,892.6,A,2021,"H1",R),("industrial_output",G,18.1,A,2021,"H1",R),
("fixed_asset_investment",G,12.4,A,2021,"H1",R),("industrial_investment",G,35.2,A,2021,"H1",R),
("retail_sales",V,486.3,A,2021,"H1",R),("retail_sales",G,24.5,A,2021,"H1",R),
("fiscal_revenue_total",V,188.6,A,2021,"H1",R),("fiscal_revenue_total",G,13.1,A,2021,"H1",R),
("fiscal_revenue_general",V,61.2,A,2021,"H1",R),("fiscal_revenue_general",G,11.9,A,2021,"H1",R),
("imports_exports",V,1305.4,A,2021,"H1",R),("imports_exports",G,28.7,A,2021,"H1",R),
("exports",V,520.1,A,2021,"H1",R),("exports",G,19.5,A,2021,"H1",R),
("disposable_income",V,32456,A,2021,"H1",R),("disposable_income",G,12.3,A,2021,"H1",R),
("gdp",G,8,T,2021,"year",R),("fixed_asset_investment",G,10,T,2021,"year",R),("retail_sales",G,9,T,2021,"year",R),
})

# Eight news articles from provinces not used above (Fujian, Henan, Guangxi, Shanxi, Heilongjiang, Gansu,
# Inner Mongolia, Jilin), written and keyed before the extractor was run on them (blind: P 0.810,
# R 0.810 on 100 figures before the fixes of the classes they showed).
# A county piece quoting its city's and its province's figures.
R = "安溪县"
d("county_city_province_news", dict(region=R, published="2024-08-02", doc_type="news"),
"""安溪上半年经济运行稳中向好
安溪讯（记者 陈晓芳）近日，记者从县统计局获悉，今年上半年，安溪县实现地区生产总值428.6亿元，同比增长6.4%，增速高于泉州市1.1个百分点，高于全省0.9个百分点。
分产业看，第一产业增加值28.4亿元，增长3.6%；第二产业增加值203.5亿元，增长7.2%；第三产业增加值196.7亿元，增长5.9%。
上半年，全县规模以上工业增加值同比增长8.1%；固定资产投资同比增长5.3%，其中工业投资增长14.6%；社会消费品零售总额151.2亿元，增长6.8%；一般公共预算收入18.9亿元，增长4.2%。全县城镇居民人均可支配收入25632元，增长4.6%；农村居民人均可支配收入13128元，增长6.9%，高于全市平均水平0.7个百分点。
从全市看，上半年泉州市地区生产总值5862.3亿元，同比增长5.3%，全市规上工业增加值增长6.2%；全省地区生产总值26472.8亿元，增长5.5%。
县统计局相关负责人表示，下一步将紧盯全年目标，抓好项目建设和企业服务。
""", {
("gdp",V,428.6,A,2024,"H1",R),("gdp",G,6.4,A,2024,"H1",R),
("primary_industry_value_added",V,28.4,A,2024,"H1",R),("primary_industry_value_added",G,3.6,A,2024,"H1",R),
("secondary_industry_value_added",V,203.5,A,2024,"H1",R),("secondary_industry_value_added",G,7.2,A,2024,"H1",R),
("tertiary_industry_value_added",V,196.7,A,2024,"H1",R),("tertiary_industry_value_added",G,5.9,A,2024,"H1",R),
("industrial_value_added",G,8.1,A,2024,"H1",R),("fixed_asset_investment",G,5.3,A,2024,"H1",R),
("industrial_investment",G,14.6,A,2024,"H1",R),
("retail_sales",V,151.2,A,2024,"H1",R),("retail_sales",G,6.8,A,2024,"H1",R),
("fiscal_revenue_general",V,18.9,A,2024,"H1",R),("fiscal_revenue_general",G,4.2,A,2024,"H1",R),
("urban_disposable_income",V,25632,A,2024,"H1",R),("urban_disposable_income",G,4.6,A,2024,"H1",R),
("rural_disposable_income",V,13128,A,2024,"H1",R),("rural_disposable_income",G,6.9,A,2024,"H1",R),
("gdp",V,5862.3,A,2024,"H1","泉州市"),("gdp",G,5.3,A,2024,"H1","泉州市"),
("industrial_value_added",G,6.2,A,2024,"H1","泉州市"),
("gdp",V,26472.8,A,2024,"H1","福建省"),("gdp",G,5.5,A,2024,"H1","福建省"),
})

# A provincial paper: 该市 / 全市 are the city named in the sentence, not the document's region.
R = "河南省"
d("this_city_news", dict(region=R, published="2024-11-05", doc_type="newspaper"),
"""洛阳南阳前三季度经济稳中有进
河南日报讯（记者 李振华）10月下旬，洛阳、南阳两市相继发布前三季度经济运行数据。
洛阳市统计局数据显示，前三季度，该市实现地区生产总值4236.1亿元，同比增长5.8%，规模以上工业增加值增长9.6%，固定资产投资增长7.3%。全市社会消费品零售总额1612.4亿元，增长5.1%。
南阳市前三季度地区生产总值3352.7亿元，增长5.2%。该市一般公共预算收入184.6亿元，同比增长4.0%；全市城镇新增就业5.3万人。
据省统计局数据，前三季度全省地区生产总值增长5.0%。
""", {
("gdp",V,4236.1,A,2024,"Q1-Q3","洛阳市"),("gdp",G,5.8,A,2024,"Q1-Q3","洛阳市"),
("industrial_value_added",G,9.6,A,2024,"Q1-Q3","洛阳市"),("fixed_asset_investment",G,7.3,A,2024,"Q1-Q3","洛阳市"),
("retail_sales",V,1612.4,A,2024,"Q1-Q3","洛阳市"),("retail_sales",G,5.1,A,2024,"Q1-Q3","洛阳市"),
("gdp",V,3352.7,A,2024,"Q1-Q3","南阳市"),("gdp",G,5.2,A,2024,"Q1-Q3","南阳市"),
("fiscal_revenue_general",V,184.6,A,2024,"Q1-Q3","南阳市"),("fiscal_revenue_general",G,4.0,A,2024,"Q1-Q3","南阳市"),
("new_urban_jobs",V,53000,A,2024,"Q1-Q3","南阳市"),
("gdp",G,5.0,A,2024,"Q1-Q3","河南省"),
})

# Short forms: a county without 县, a county-level city without 市 (荔浦, a city since 2018),
# an autonomous county without its ethnic name, the city without 市.
R = "桂林市"
d("short_forms_news", dict(region=R, published="2024-02-20", doc_type="news"),
"""桂林各县（市、区）去年经济运行亮点纷呈
桂林日报讯 记者从市统计局了解到，2023年，桂林地区生产总值2435.6亿元，同比增长4.3%。
各县（市、区）中，阳朔全年地区生产总值154.2亿元，增长6.1%，第三产业增加值增长9.4%；荔浦实现地区生产总值176.8亿元，增长5.2%，一般公共预算收入7.6亿元，增长8.3%；龙胜地区生产总值66.3亿元，增长4.9%；恭城县规上工业增加值增长11.2%，社会消费品零售总额38.5亿元，增长7.0%。
""", {
("gdp",V,2435.6,A,2023,"year",R),("gdp",G,4.3,A,2023,"year",R),
("gdp",V,154.2,A,2023,"year","阳朔县"),("gdp",G,6.1,A,2023,"year","阳朔县"),
("tertiary_industry_value_added",G,9.4,A,2023,"year","阳朔县"),
("gdp",V,176.8,A,2023,"year","荔浦市"),("gdp",G,5.2,A,2023,"year","荔浦市"),
("fiscal_revenue_general",V,7.6,A,2023,"year","荔浦市"),("fiscal_revenue_general",G,8.3,A,2023,"year","荔浦市"),
("gdp",V,66.3,A,2023,"year","龙胜各族自治县"),("gdp",G,4.9,A,2023,"year","龙胜各族自治县"),
("industrial_value_added",G,11.2,A,2023,"year","恭城瑶族自治县"),
("retail_sales",V,38.5,A,2023,"year","恭城瑶族自治县"),("retail_sales",G,7.0,A,2023,"year","恭城瑶族自治县"),
})

# The period set once at the top, published after it ended; then a sentence with another period.
R = "大同市"
d("period_at_top_news", dict(region=R, published="2024-05-06", doc_type="news"),
"""一季度大同经济实现良好开局
大同日报讯 一季度，全市经济运行开局良好，主要指标稳中有升。
据市统计局统计，全市实现地区生产总值（初步核算）326.8亿元，按不变价格计算，同比增长5.4%。其中，第二产业增加值131.2亿元，增长6.8%。
工业生产较快增长，规模以上工业增加值同比增长7.9%。固定资产投资同比增长9.1%，其中制造业投资增长21.5%。消费市场平稳，社会消费品零售总额218.4亿元，增长4.7%。
城乡居民收入持续增加，全市居民人均可支配收入9486元，增长5.8%。
进入4月份，工业生产延续回升态势，4月当月全市规上工业增加值同比增长8.3%。
""", {
("gdp",V,326.8,A,2024,"Q1",R),("gdp",G,5.4,A,2024,"Q1",R),
("secondary_industry_value_added",V,131.2,A,2024,"Q1",R),("secondary_industry_value_added",G,6.8,A,2024,"Q1",R),
("industrial_value_added",G,7.9,A,2024,"Q1",R),("fixed_asset_investment",G,9.1,A,2024,"Q1",R),
("manufacturing_investment",G,21.5,A,2024,"Q1",R),
("retail_sales",V,218.4,A,2024,"Q1",R),("retail_sales",G,4.7,A,2024,"Q1",R),
("disposable_income",V,9486,A,2024,"Q1",R),("disposable_income",G,5.8,A,2024,"Q1",R),
("industrial_value_added",G,8.3,A,2024,"M4",R),
})

# 全国 as a comparison: 高于全国X个百分点 is no figure; a stated national rate is 全国's.
R = "大庆市"
d("national_comparison_news", dict(region=R, published="2024-07-30", doc_type="news"),
"""上半年大庆主要经济指标增速高于全国全省
大庆日报讯 上半年，大庆市地区生产总值实现1386.5亿元，同比增长5.9%，高于全国0.9个百分点，高于全省2.0个百分点。规模以上工业增加值增长6.7%，比全国平均水平高0.7个百分点。固定资产投资增长12.4%，高于全国8.5个百分点，其中工业投资增长26.1%。社会消费品零售总额增长3.8%，比全国高0.1个百分点。一般公共预算收入完成98.6亿元，同比增长2.1%，全国同期为下降2.8%。
""", {
("gdp",V,1386.5,A,2024,"H1",R),("gdp",G,5.9,A,2024,"H1",R),
("industrial_value_added",G,6.7,A,2024,"H1",R),("fixed_asset_investment",G,12.4,A,2024,"H1",R),
("industrial_investment",G,26.1,A,2024,"H1",R),("retail_sales",G,3.8,A,2024,"H1",R),
("fiscal_revenue_general",V,98.6,A,2024,"H1",R),("fiscal_revenue_general",G,2.1,A,2024,"H1",R),
("fiscal_revenue_general",G,-2.8,A,2024,"H1","全国"),
})

# A goal and its result in one sentence.
R = "天水市"
d("goal_and_result_news", dict(region=R, published="2024-01-12", doc_type="news"),
"""天水市2023年主要经济指标完成情况良好
天水日报讯 记者从市发改委获悉，2023年，全市地区生产总值完成865.4亿元，增长6.9%，完成年初确定的6.5%目标任务。一般公共预算收入实现48.3亿元，增长10.2%，超额完成45亿元的年度目标。固定资产投资目标为增长8%，实际增长9.6%。社会消费品零售总额完成415.2亿元，增长7.1%，年度目标为增长7.5%，完成情况略低于预期。
2024年，全市地区生产总值预期增长6.5%左右。
""", {
("gdp",V,865.4,A,2023,"year",R),("gdp",G,6.9,A,2023,"year",R),("gdp",G,6.5,T,2023,"year",R),
("fiscal_revenue_general",V,48.3,A,2023,"year",R),("fiscal_revenue_general",G,10.2,A,2023,"year",R),
("fiscal_revenue_general",V,45,T,2023,"year",R),
("fixed_asset_investment",G,8,T,2023,"year",R),("fixed_asset_investment",G,9.6,A,2023,"year",R),
("retail_sales",V,415.2,A,2023,"year",R),("retail_sales",G,7.1,A,2023,"year",R),
("retail_sales",G,7.5,T,2023,"year",R),
("gdp",G,6.5,T,2024,"year",R),
})

# 同比 and 环比: a month-on-month change is no growth record.
R = "包头市"
d("month_on_month_news", dict(region=R, published="2024-06-20", doc_type="news"),
"""1—5月包头市消费和工业双回暖
包头日报讯 记者从市统计局获悉，1—5月，全市规模以上工业增加值同比增长10.6%，5月当月环比增长2.3%。社会消费品零售总额431.2亿元，同比增长5.2%，环比增长1.1%。固定资产投资同比增长13.8%。
5月份，全市规上工业增加值同比增长11.4%，环比增长0.9%。
全市一般公共预算收入102.5亿元，同比增长6.7%，比1—4月回落0.5个百分点。
""", {
("industrial_value_added",G,10.6,A,2024,"M1-M5",R),
("retail_sales",V,431.2,A,2024,"M1-M5",R),("retail_sales",G,5.2,A,2024,"M1-M5",R),
("fixed_asset_investment",G,13.8,A,2024,"M1-M5",R),
("industrial_value_added",G,11.4,A,2024,"M5",R),
("fiscal_revenue_general",V,102.5,A,2024,"M1-M5",R),("fiscal_revenue_general",G,6.7,A,2024,"M1-M5",R),
})

# Several districts' figures in one 分别 list, and a new district (zone).
R = "长春市"
d("districts_list_news", dict(region=R, published="2024-11-08", doc_type="news"),
"""前三季度长春各城区经济稳步增长
长春日报讯 前三季度，长春市实现地区生产总值5286.4亿元，同比增长5.6%。从城区看，朝阳区、南关区、宽城区地区生产总值分别增长6.1%、5.4%、7.2%，二道区、绿园区规上工业增加值分别增长9.3%和12.6%。开发区方面，长春新区实现地区生产总值712.5亿元，增长8.8%。
全市固定资产投资同比增长4.9%。
""", {
("gdp",V,5286.4,A,2024,"Q1-Q3",R),("gdp",G,5.6,A,2024,"Q1-Q3",R),
("gdp",G,6.1,A,2024,"Q1-Q3","朝阳区"),("gdp",G,5.4,A,2024,"Q1-Q3","南关区"),("gdp",G,7.2,A,2024,"Q1-Q3","宽城区"),
("industrial_value_added",G,9.3,A,2024,"Q1-Q3","二道区"),("industrial_value_added",G,12.6,A,2024,"Q1-Q3","绿园区"),
("gdp",V,712.5,A,2024,"Q1-Q3","长春新区"),("gdp",G,8.8,A,2024,"Q1-Q3","长春新区"),
("fixed_asset_investment",G,4.9,A,2024,"Q1-Q3",R),
})


# ---- blind set 4: five more documents (a PDF table with a spread header and part rows, a county's
# 1—8月, a 2019 report's 十三五以来 and 三年累计, an untyped trade half-year, a district's year-end
# summary published before the year ended), keys written before the extractor ran. Blind P/R:
# 1.000/0.292, 1.000/1.000, 1.000/0.923, 1.000/1.000, 1.000/1.000 (total 1.000/0.743) ------------
R = "天水市"
d("pdf_table_parts", dict(region=R, published="2024-04-10", doc_type="statistical_communique"),
"""天水市2023年国民经济和社会发展统计公报
天水市统计局
表1  2023年全市主要经济指标完成情况
指  标 单位 总量 比上年增长（%）
地区生产总值 亿元 801.2 6.8
其中：第一产业 亿元 148.3 5.9
第二产业 亿元 186.7 7.1
第三产业 亿元 466.2 6.8
规模以上工业增加值 亿元 — 8.2
全社会固定资产投资 亿元 — 7.5
社会消费品零售总额 亿元 356.4 9.1
一般公共预算收入 亿元 52.3 11.2
城镇居民人均可支配收入 元 35248 6.3
农村居民人均可支配收入 元 13104 8.1
一、综合
初步核算，全市实现地区生产总值801.2亿元，按不变价格计算，比上年增长6.8%。年末全市常住人口292.5万人，比上年末减少2.1万人，常住人口城镇化率45.6%。全年城镇新增就业3.6万人，城镇登记失业率3.1%。
二、开放与创新
全年全市进出口总额11.8亿元，增长35.4%。年末全市共有国家高新技术企业121家。全年研究与试验发展（R&D）经费投入强度1.02%。
""", {
("gdp",V,801.2,A,2023,"year",R),("gdp",G,6.8,A,2023,"year",R),
("primary_industry_value_added",V,148.3,A,2023,"year",R),("primary_industry_value_added",G,5.9,A,2023,"year",R),
("secondary_industry_value_added",V,186.7,A,2023,"year",R),("secondary_industry_value_added",G,7.1,A,2023,"year",R),
("tertiary_industry_value_added",V,466.2,A,2023,"year",R),("tertiary_industry_value_added",G,6.8,A,2023,"year",R),
("industrial_value_added",G,8.2,A,2023,"year",R),("fixed_asset_investment",G,7.5,A,2023,"year",R),
("retail_sales",V,356.4,A,2023,"year",R),("retail_sales",G,9.1,A,2023,"year",R),
("fiscal_revenue_general",V,52.3,A,2023,"year",R),("fiscal_revenue_general",G,11.2,A,2023,"year",R),
("urban_disposable_income",V,35248,A,2023,"year",R),("urban_disposable_income",G,6.3,A,2023,"year",R),
("rural_disposable_income",V,13104,A,2023,"year",R),("rural_disposable_income",G,8.1,A,2023,"year",R),
("resident_population",V,292.5,A,2023,"year",R),("new_urban_jobs",V,36000,A,2023,"year",R),
("imports_exports",V,11.8,A,2023,"year",R),("imports_exports",G,35.4,A,2023,"year",R),
("high_tech_enterprises",V,121,A,2023,"year",R),("rd_intensity",V,1.02,A,2023,"year",R),
})

R = "梅河口市"
d("county_eight_months", dict(region=R, published="2024-09-20", doc_type="statistical_analysis"),
"""2024年1—8月份梅河口市经济运行情况
梅河口市统计局
1—8月份，全市规模以上工业总产值同比增长10.3%，规模以上工业增加值同比增长8.9%。8月当月，规模以上工业增加值增长12.0%。
全市固定资产投资（不含农户）同比增长6.1%，其中，项目投资增长9.2%，房地产开发投资下降18.4%。
全市社会消费品零售总额86.3亿元，同比增长7.2%。
全口径财政收入18.6亿元，同比增长4.1%；地方级一般公共预算收入10.2亿元，增长3.5%。
""", {
("industrial_output",G,10.3,A,2024,"M1-M8",R),("industrial_value_added",G,8.9,A,2024,"M1-M8",R),
("industrial_value_added",G,12.0,A,2024,"M8",R),("fixed_asset_investment",G,6.1,A,2024,"M1-M8",R),
("retail_sales",V,86.3,A,2024,"M1-M8",R),("retail_sales",G,7.2,A,2024,"M1-M8",R),
("fiscal_revenue_total",V,18.6,A,2024,"M1-M8",R),("fiscal_revenue_total",G,4.1,A,2024,"M1-M8",R),
("fiscal_revenue_general",V,10.2,A,2024,"M1-M8",R),("fiscal_revenue_general",G,3.5,A,2024,"M1-M8",R),
})

R = "哈尔滨市"
d("capital_midterm_2019", dict(region=R, published="2019-01-22", doc_type="work_report"),
"""哈尔滨市2019年政府工作报告
各位代表：
一、2018年工作回顾
过去一年，全市经济运行总体平稳。预计全市地区生产总值增长5%，一般公共预算收入完成375.3亿元、增长4.2%，城镇和农村常住居民人均可支配收入分别增长6.5%和6.8%。
“十三五”以来，全市地区生产总值年均增长6.1%，三年累计完成固定资产投资4500亿元。
二、2019年主要目标和重点工作
今年全市经济社会发展主要预期目标是：地区生产总值增长6%左右；规模以上工业增加值增长6%；固定资产投资增长8%；社会消费品零售总额增长7%；一般公共预算收入增长4%；城乡居民收入增长与经济增长同步；城镇新增就业12万人。
""", {
("gdp",G,5,A,2018,"year",R),("fiscal_revenue_general",V,375.3,A,2018,"year",R),("fiscal_revenue_general",G,4.2,A,2018,"year",R),
("urban_disposable_income",G,6.5,A,2018,"year",R),("rural_disposable_income",G,6.8,A,2018,"year",R),
("gdp",G,6.1,A,2018,"multi-year",R),("fixed_asset_investment",V,4500,A,2018,"multi-year",R),
("gdp",G,6,T,2019,"year",R),("industrial_value_added",G,6,T,2019,"year",R),("fixed_asset_investment",G,8,T,2019,"year",R),
("retail_sales",G,7,T,2019,"year",R),("fiscal_revenue_general",G,4,T,2019,"year",R),("new_urban_jobs",V,120000,T,2019,"year",R),
})

R = "鄂尔多斯市"
d("trade_half_year_untyped", dict(region=R, published="2023-07-25"),
"""鄂尔多斯市2023年上半年对外贸易运行情况
鄂尔多斯市商务局
上半年，全市外贸进出口总值76.3亿元，同比增长41.2%。其中，出口28.1亿元，增长15.6%；进口48.2亿元，增长61.5%，贸易逆差20.1亿元。
按贸易方式分，一般贸易进出口52.4亿元，增长38.7%；边境小额贸易进出口15.3亿元，增长72.1%。
按国别分，对蒙古国进出口31.2亿元，增长88.4%；对俄罗斯进出口12.5亿元，下降5.2%。
按经营主体分，民营企业进出口58.9亿元，增长45.3%，占全市外贸总值的77.2%。
按商品分，煤炭进口40.2亿元，增长79.3%；化工产品出口13.6亿元，增长12.1%。
上半年，全市实际使用外资2.3亿美元，同比增长18.6%。全市社会消费品零售总额305.6亿元，增长8.9%。
下半年，全市将力争全年外贸进出口总值突破150亿元。
""", {
("imports_exports",V,76.3,A,2023,"H1",R),("imports_exports",G,41.2,A,2023,"H1",R),
("exports",V,28.1,A,2023,"H1",R),("exports",G,15.6,A,2023,"H1",R),
("foreign_investment_actual",V,2.3,A,2023,"H1",R),("foreign_investment_actual",G,18.6,A,2023,"H1",R),
("retail_sales",V,305.6,A,2023,"H1",R),("retail_sales",G,8.9,A,2023,"H1",R),
("imports_exports",V,150,T,2023,"year",R),
})

R = "小店区"
d("district_year_end_summary", dict(region=R, published="2024-12-20", doc_type="work_summary"),
"""太原市小店区发展和改革局2024年工作总结和2025年工作计划
一、2024年工作完成情况
1—11月，全区规模以上工业增加值同比增长6.8%；固定资产投资同比增长4.2%，其中工业投资增长21.5%，民间投资下降3.1%；社会消费品零售总额612.4亿元，同比增长5.1%；一般公共预算收入48.6亿元，同比增长2.3%。前三季度，全区实现地区生产总值1203.5亿元，同比增长5.2%。
二、2025年工作计划
2025年全区主要预期目标：地区生产总值增长5.5%左右；规模以上工业增加值增长7%；固定资产投资增长6%；社会消费品零售总额增长5%；一般公共预算收入增长3%；单位地区生产总值能耗完成市下达目标。
""", {
("industrial_value_added",G,6.8,A,2024,"M1-M11",R),("fixed_asset_investment",G,4.2,A,2024,"M1-M11",R),
("industrial_investment",G,21.5,A,2024,"M1-M11",R),
("retail_sales",V,612.4,A,2024,"M1-M11",R),("retail_sales",G,5.1,A,2024,"M1-M11",R),
("fiscal_revenue_general",V,48.6,A,2024,"M1-M11",R),("fiscal_revenue_general",G,2.3,A,2024,"M1-M11",R),
("gdp",V,1203.5,A,2024,"Q1-Q3",R),("gdp",G,5.2,A,2024,"Q1-Q3",R),
("gdp",G,5.5,T,2025,"year",R),("industrial_value_added",G,7,T,2025,"year",R),("fixed_asset_investment",G,6,T,2025,"year",R),
("retail_sales",G,5,T,2025,"year",R),("fiscal_revenue_general",G,3,T,2025,"year",R),
})

# Five more news articles (Hainan, Qinghai, Chongqing, Ningxia, Tianjin), keyed before the extractor ran
# on them, after the classes above were fixed (blind: P 0.967, R 0.951 on 61 figures).
d("hainan_counties", dict(region="海南省", published="2024-08-06", doc_type="newspaper"),
"""海口琼海陵水上半年经济成绩单出炉
海南日报讯（记者 符小玲）记者从省统计局获悉，上半年，全省地区生产总值3646.9亿元，同比增长3.9%。
海口市上半年实现地区生产总值1078.5亿元，同比增长4.2%，该市社会消费品零售总额512.6亿元，增长1.8%。琼海实现地区生产总值169.3亿元，增长4.6%；陵水地区生产总值112.4亿元，增长5.1%，一般公共预算收入9.8亿元，同比增长6.0%。
""", {
("gdp",V,3646.9,A,2024,"H1","海南省"),("gdp",G,3.9,A,2024,"H1","海南省"),
("gdp",V,1078.5,A,2024,"H1","海口市"),("gdp",G,4.2,A,2024,"H1","海口市"),
("retail_sales",V,512.6,A,2024,"H1","海口市"),("retail_sales",G,1.8,A,2024,"H1","海口市"),
("gdp",V,169.3,A,2024,"H1","琼海市"),("gdp",G,4.6,A,2024,"H1","琼海市"),
("gdp",V,112.4,A,2024,"H1","陵水黎族自治县"),("gdp",G,5.1,A,2024,"H1","陵水黎族自治县"),
("fiscal_revenue_general",V,9.8,A,2024,"H1","陵水黎族自治县"),("fiscal_revenue_general",G,6.0,A,2024,"H1","陵水黎族自治县"),
})

R = "西宁市"
d("xining_months", dict(region=R, published="2024-06-18", doc_type="news"),
"""1—5月西宁经济运行稳中向好
西宁晚报讯 今年1—5月，全市规模以上工业增加值同比增长9.8%，增速比1—4月加快0.6个百分点，高于全省2.3个百分点。全市固定资产投资同比增长6.4%，其中工业投资增长18.2%。社会消费品零售总额283.5亿元，同比增长4.9%，5月份环比增长0.7%。
分县区看，湟中区规上工业增加值增长13.6%，大通县固定资产投资增长8.1%。
全市一般公共预算收入40.6亿元，同比增长3.2%，完成年度预算的45.1%。
""", {
("industrial_value_added",G,9.8,A,2024,"M1-M5",R),("fixed_asset_investment",G,6.4,A,2024,"M1-M5",R),
("industrial_investment",G,18.2,A,2024,"M1-M5",R),
("retail_sales",V,283.5,A,2024,"M1-M5",R),("retail_sales",G,4.9,A,2024,"M1-M5",R),
("industrial_value_added",G,13.6,A,2024,"M1-M5","湟中区"),
("fixed_asset_investment",G,8.1,A,2024,"M1-M5","大通回族土族自治县"),
("fiscal_revenue_general",V,40.6,A,2024,"M1-M5",R),("fiscal_revenue_general",G,3.2,A,2024,"M1-M5",R),
})

R = "重庆市"
d("chongqing_districts", dict(region=R, published="2024-10-30", doc_type="news"),
"""前三季度重庆经济加快回升
重庆日报讯 前三季度，全市实现地区生产总值22891.5亿元，同比增长6.1%，高于全国1.3个百分点。其中，第一产业增加值1392.1亿元，增长3.8%；第二产业增加值8641.6亿元，增长7.3%；第三产业增加值12857.8亿元，增长5.6%。
从区县看，渝北区、九龙坡区、江北区地区生产总值分别增长6.8%、6.3%和5.9%。两江新区实现地区生产总值3516.2亿元，增长7.4%。
全市社会消费品零售总额11365.4亿元，增长3.8%；进出口总额5332.6亿元，同比增长2.7%，其中出口3527.1亿元，增长3.3%。
""", {
("gdp",V,22891.5,A,2024,"Q1-Q3",R),("gdp",G,6.1,A,2024,"Q1-Q3",R),
("primary_industry_value_added",V,1392.1,A,2024,"Q1-Q3",R),("primary_industry_value_added",G,3.8,A,2024,"Q1-Q3",R),
("secondary_industry_value_added",V,8641.6,A,2024,"Q1-Q3",R),("secondary_industry_value_added",G,7.3,A,2024,"Q1-Q3",R),
("tertiary_industry_value_added",V,12857.8,A,2024,"Q1-Q3",R),("tertiary_industry_value_added",G,5.6,A,2024,"Q1-Q3",R),
("gdp",G,6.8,A,2024,"Q1-Q3","渝北区"),("gdp",G,6.3,A,2024,"Q1-Q3","九龙坡区"),("gdp",G,5.9,A,2024,"Q1-Q3","江北区"),
("gdp",V,3516.2,A,2024,"Q1-Q3","两江新区"),("gdp",G,7.4,A,2024,"Q1-Q3","两江新区"),
("retail_sales",V,11365.4,A,2024,"Q1-Q3",R),("retail_sales",G,3.8,A,2024,"Q1-Q3",R),
("imports_exports",V,5332.6,A,2024,"Q1-Q3",R),("imports_exports",G,2.7,A,2024,"Q1-Q3",R),
("exports",V,3527.1,A,2024,"Q1-Q3",R),("exports",G,3.3,A,2024,"Q1-Q3",R),
})

R = "贺兰县"
d("helan_county_goal", dict(region=R, published="2024-01-16", doc_type="news"),
"""贺兰县2023年主要经济指标稳中有进
贺兰讯 2023年，贺兰县地区生产总值完成236.8亿元，同比增长7.2%，比年初预期目标高0.7个百分点，增速高于银川市1.5个百分点。全县规上工业增加值增长11.3%；固定资产投资增长9.0%，完成年度目标任务；一般公共预算收入完成15.2亿元，增长8.6%，年初目标为14.5亿元。
同期，银川市地区生产总值2856.9亿元，增长5.7%，全区地区生产总值增长6.6%。
2024年，贺兰县将力争地区生产总值增长7%以上。
""", {
("gdp",V,236.8,A,2023,"year",R),("gdp",G,7.2,A,2023,"year",R),
("industrial_value_added",G,11.3,A,2023,"year",R),("fixed_asset_investment",G,9.0,A,2023,"year",R),
("fiscal_revenue_general",V,15.2,A,2023,"year",R),("fiscal_revenue_general",G,8.6,A,2023,"year",R),
("fiscal_revenue_general",V,14.5,T,2023,"year",R),
("gdp",V,2856.9,A,2023,"year","银川市"),("gdp",G,5.7,A,2023,"year","银川市"),
("gdp",G,6.6,A,2023,"year","宁夏回族自治区"),
("gdp",G,7,T,2024,"year",R),
})

R = "天津市"
d("tianjin_quarter", dict(region=R, published="2024-05-08", doc_type="news"),
"""一季度天津经济起步平稳
天津日报讯 记者从市统计局获悉，一季度，全市地区生产总值4111.3亿元，按不变价格计算，同比增长5.0%，与全国持平。规模以上工业增加值同比增长4.3%，3月当月增长5.6%。全市固定资产投资（不含农户）同比增长4.8%。社会消费品零售总额增长3.1%，网上零售额增长12.0%。
滨海新区一季度地区生产总值增长5.4%，规上工业增加值增长6.1%。
全市居民人均可支配收入14206元，增长4.9%。
""", {
("gdp",V,4111.3,A,2024,"Q1",R),("gdp",G,5.0,A,2024,"Q1",R),
("industrial_value_added",G,4.3,A,2024,"Q1",R),("industrial_value_added",G,5.6,A,2024,"M3",R),
("fixed_asset_investment",G,4.8,A,2024,"Q1",R),("retail_sales",G,3.1,A,2024,"Q1",R),
("gdp",G,5.4,A,2024,"Q1","滨海新区"),("industrial_value_added",G,6.1,A,2024,"Q1","滨海新区"),
("disposable_income",V,14206,A,2024,"Q1",R),("disposable_income",G,4.9,A,2024,"Q1",R),
})

# Six more (Shandong, Hunan, Sichuan, Liaoning, Guangdong, Beijing), keyed before the extractor ran on
# them, after the second batch's fixes (blind: P 0.932, R 0.872 on 47 figures).
R = "平度市"
d("pingdu_county_city", dict(region=R, published="2024-07-29", doc_type="news"),
"""平度上半年主要指标跑赢全市
平度讯 记者日前从市统计局了解到，今年上半年，平度实现地区生产总值431.7亿元，同比增长6.7%，增速比青岛全市高0.9个百分点。全市规模以上工业增加值增长10.4%，一般公共预算收入23.1亿元，增长5.5%。
同期，青岛市实现地区生产总值7937.7亿元，增长5.8%；山东全省地区生产总值46540.2亿元，增长5.8%。
""", {
("gdp",V,431.7,A,2024,"H1",R),("gdp",G,6.7,A,2024,"H1",R),
("industrial_value_added",G,10.4,A,2024,"H1",R),
("fiscal_revenue_general",V,23.1,A,2024,"H1",R),("fiscal_revenue_general",G,5.5,A,2024,"H1",R),
("gdp",V,7937.7,A,2024,"H1","青岛市"),("gdp",G,5.8,A,2024,"H1","青岛市"),
("gdp",V,46540.2,A,2024,"H1","山东省"),("gdp",G,5.8,A,2024,"H1","山东省"),
})

R = "株洲市"
d("zhuzhou_counties", dict(region=R, published="2024-02-02", doc_type="news"),
"""株洲2023年经济运行成绩单发布
株洲日报讯 2023年，株洲市地区生产总值3855.8亿元，比上年增长5.6%。各县市区中，醴陵、攸县、茶陵地区生产总值分别增长6.2%、5.9%和5.1%，炎陵县一般公共预算收入4.3亿元，增长7.5%。
全市城镇居民人均可支配收入57023元，增长5.0%；农村居民人均可支配收入27836元，增长7.1%。
""", {
("gdp",V,3855.8,A,2023,"year",R),("gdp",G,5.6,A,2023,"year",R),
("gdp",G,6.2,A,2023,"year","醴陵市"),("gdp",G,5.9,A,2023,"year","攸县"),("gdp",G,5.1,A,2023,"year","茶陵县"),
("fiscal_revenue_general",V,4.3,A,2023,"year","炎陵县"),("fiscal_revenue_general",G,7.5,A,2023,"year","炎陵县"),
("urban_disposable_income",V,57023,A,2023,"year",R),("urban_disposable_income",G,5.0,A,2023,"year",R),
("rural_disposable_income",V,27836,A,2023,"year",R),("rural_disposable_income",G,7.1,A,2023,"year",R),
})

R = "甘孜藏族自治州"
d("ganzi_prefecture", dict(region="四川省", published="2024-08-12", doc_type="newspaper"),
"""甘孜州上半年经济保持较快增长
四川日报讯（记者 泽仁）上半年，甘孜州实现地区生产总值255.6亿元，同比增长6.9%，增速居全省第二。全州固定资产投资同比增长14.2%，社会消费品零售总额71.3亿元，增长5.2%。
其中，康定市地区生产总值54.2亿元，增长7.3%。
""", {
("gdp",V,255.6,A,2024,"H1",R),("gdp",G,6.9,A,2024,"H1",R),
("fixed_asset_investment",G,14.2,A,2024,"H1",R),
("retail_sales",V,71.3,A,2024,"H1",R),("retail_sales",G,5.2,A,2024,"H1",R),
("gdp",V,54.2,A,2024,"H1","康定市"),("gdp",G,7.3,A,2024,"H1","康定市"),
})

R = "鞍山市"
d("anshan_months", dict(region=R, published="2024-09-25", doc_type="news"),
"""1—8月鞍山工业投资双增长
鞍山日报讯 1—8月，全市规模以上工业增加值同比增长5.9%，高于全省0.6个百分点；8月份当月增长7.2%，环比增长1.8%。固定资产投资同比增长9.3%，其中工业投资增长22.4%，制造业投资增长18.6%。全市一般公共预算收入111.9亿元，同比增长4.1%，收入规模居全省第三位。
海城市1—8月规上工业增加值增长8.8%。
""", {
("industrial_value_added",G,5.9,A,2024,"M1-M8",R),("industrial_value_added",G,7.2,A,2024,"M8",R),
("fixed_asset_investment",G,9.3,A,2024,"M1-M8",R),("industrial_investment",G,22.4,A,2024,"M1-M8",R),
("manufacturing_investment",G,18.6,A,2024,"M1-M8",R),
("fiscal_revenue_general",V,111.9,A,2024,"M1-M8",R),("fiscal_revenue_general",G,4.1,A,2024,"M1-M8",R),
("industrial_value_added",G,8.8,A,2024,"M1-M8","海城市"),
})

R = "湛江市"
d("zhanjiang_goal_progress", dict(region=R, published="2024-07-26", doc_type="news"),
"""湛江上半年固定资产投资完成全年目标过半
湛江日报讯 今年，湛江市固定资产投资的年度目标是增长10%。上半年，全市固定资产投资实现增长11.6%，完成全年目标任务的53.2%。全市计划全年实现社会消费品零售总额2100亿元，上半年已完成1012.4亿元，增长4.3%。
下半年，全市将力争规上工业增加值增长8%以上。
""", {
("fixed_asset_investment",G,10,T,2024,"year",R),("fixed_asset_investment",G,11.6,A,2024,"H1",R),
("retail_sales",V,2100,T,2024,"year",R),
("retail_sales",V,1012.4,A,2024,"H1",R),("retail_sales",G,4.3,A,2024,"H1",R),
("industrial_value_added",G,8,T,2024,"H2",R),
})

R = "海淀区"
d("haidian_district_city", dict(region=R, published="2024-05-10", doc_type="news"),
"""一季度海淀区经济实现良好开局
北京日报讯 一季度，海淀区实现地区生产总值2993.4亿元，同比增长6.0%，占全市的23.6%。全区规模以上工业增加值增长15.3%，社会消费品零售总额增长2.7%。
全市一季度地区生产总值11071.7亿元，同比增长5.2%。
""", {
("gdp",V,2993.4,A,2024,"Q1",R),("gdp",G,6.0,A,2024,"Q1",R),
("industrial_value_added",G,15.3,A,2024,"Q1",R),("retail_sales",G,2.7,A,2024,"Q1",R),
("gdp",V,11071.7,A,2024,"Q1","北京市"),("gdp",G,5.2,A,2024,"Q1","北京市"),
})


# ---- blind set 5: four more (an autonomous region's news with its cities and 全国, a 新区 district's
# communiqué with a 新片区, a 1—10月 tab table headed by its period, a district report with 十四五 goals
# and 全市), keys written before the extractor ran. Blind P/R: 1.000/1.000, 1.000/0.889, 1.000/0.667,
# 1.000/1.000 (total 1.000/0.926) -----------------------------------------------------------------
R = "广西壮族自治区"
d("autonomous_region_news", dict(region=R, published="2022-07-20", doc_type="news"),
"""上半年广西经济运行情况
本报讯 记者从自治区统计局获悉，上半年，全区地区生产总值12373.4亿元，按不变价格计算，同比增长3.1%。其中，第一产业增加值1848.9亿元，增长4.5%；第二产业增加值4226.0亿元，增长3.6%；第三产业增加值6298.5亿元，增长2.4%。全区规模以上工业增加值同比增长5.2%。全区固定资产投资同比增长2.5%。全区社会消费品零售总额4176.2亿元，同比增长0.1%。全区居民人均可支配收入13850元，同比增长4.6%。
分城市看，南宁市地区生产总值2500.7亿元，增长1.2%；柳州市地区生产总值1453.2亿元，下降2.6%。同期，全国国内生产总值562642亿元，同比增长2.5%。
""", {
("gdp",V,12373.4,A,2022,"H1",R),("gdp",G,3.1,A,2022,"H1",R),
("primary_industry_value_added",V,1848.9,A,2022,"H1",R),("primary_industry_value_added",G,4.5,A,2022,"H1",R),
("secondary_industry_value_added",V,4226.0,A,2022,"H1",R),("secondary_industry_value_added",G,3.6,A,2022,"H1",R),
("tertiary_industry_value_added",V,6298.5,A,2022,"H1",R),("tertiary_industry_value_added",G,2.4,A,2022,"H1",R),
("industrial_value_added",G,5.2,A,2022,"H1",R),("fixed_asset_investment",G,2.5,A,2022,"H1",R),
("retail_sales",V,4176.2,A,2022,"H1",R),("retail_sales",G,0.1,A,2022,"H1",R),
("disposable_income",V,13850,A,2022,"H1",R),("disposable_income",G,4.6,A,2022,"H1",R),
("gdp",V,2500.7,A,2022,"H1","南宁市"),("gdp",G,1.2,A,2022,"H1","南宁市"),
("gdp",V,1453.2,A,2022,"H1","柳州市"),("gdp",G,-2.6,A,2022,"H1","柳州市"),
("gdp",V,562642,A,2022,"H1","全国"),("gdp",G,2.5,A,2022,"H1","全国"),
})

R = "浦东新区"
d("new_area_communique", dict(region=R, published="2024-04-18", doc_type="statistical_communique"),
"""浦东新区2023年国民经济和社会发展统计公报
一、综合
全年全区实现地区生产总值16715.15亿元，按可比价格计算，比上年增长5.9%。其中，第二产业增加值3623.41亿元，增长4.7%；第三产业增加值13082.66亿元，增长6.3%。
二、工业
全年全区规模以上工业总产值12432.8亿元，比上年增长1.9%。临港新片区规模以上工业总产值3030.2亿元，增长20.5%。
三、投资与消费
全年全区固定资产投资比上年增长11.5%。全年社会消费品零售总额4125.3亿元，增长12.8%。
四、开放型经济
全年全区外贸进出口总额25476.3亿元，比上年增长1.5%，其中出口9211.5亿元，增长3.2%。全年实到外资115.2亿美元。
""", {
("gdp",V,16715.15,A,2023,"year",R),("gdp",G,5.9,A,2023,"year",R),
("secondary_industry_value_added",V,3623.41,A,2023,"year",R),("secondary_industry_value_added",G,4.7,A,2023,"year",R),
("tertiary_industry_value_added",V,13082.66,A,2023,"year",R),("tertiary_industry_value_added",G,6.3,A,2023,"year",R),
("industrial_output",V,12432.8,A,2023,"year",R),("industrial_output",G,1.9,A,2023,"year",R),
("industrial_output",V,3030.2,A,2023,"year","临港新片区"),("industrial_output",G,20.5,A,2023,"year","临港新片区"),
("fixed_asset_investment",G,11.5,A,2023,"year",R),
("retail_sales",V,4125.3,A,2023,"year",R),("retail_sales",G,12.8,A,2023,"year",R),
("imports_exports",V,25476.3,A,2023,"year",R),("imports_exports",G,1.5,A,2023,"year",R),
("exports",V,9211.5,A,2023,"year",R),("exports",G,3.2,A,2023,"year",R),
("foreign_investment_actual",V,115.2,A,2023,"year",R),
})

R = "西宁市"
d("months_tab_table", dict(region=R, published="2023-11-20", doc_type="statistical_analysis"),
"2023年1—10月西宁市主要经济指标\n"
"指标\t单位\t1—10月\t同比增长(%)\n"
"规模以上工业增加值\t亿元\t—\t8.2\n"
"固定资产投资\t亿元\t—\t-5.1\n"
"社会消费品零售总额\t亿元\t503.4\t6.3\n"
"一般公共预算收入\t亿元\t70.2\t12.5\n"
"外贸进出口总额\t亿元\t45.6\t20.3\n"
"1—10月，全市规模以上工业增加值增长8.2%，增速比1—9月回落0.4个百分点。10月份，全市规模以上工业增加值增长6.9%。\n",
{
("industrial_value_added",G,8.2,A,2023,"M1-M10",R),("fixed_asset_investment",G,-5.1,A,2023,"M1-M10",R),
("retail_sales",V,503.4,A,2023,"M1-M10",R),("retail_sales",G,6.3,A,2023,"M1-M10",R),
("fiscal_revenue_general",V,70.2,A,2023,"M1-M10",R),("fiscal_revenue_general",G,12.5,A,2023,"M1-M10",R),
("imports_exports",V,45.6,A,2023,"M1-M10",R),("imports_exports",G,20.3,A,2023,"M1-M10",R),
("industrial_value_added",G,6.9,A,2023,"M10",R),
})

R = "渝北区"
d("district_plan_targets", dict(region=R, published="2022-01-10", doc_type="work_report"),
"""重庆市渝北区2022年政府工作报告
一、2021年工作回顾
过去一年，全区实现地区生产总值2250.6亿元、增长8.8%；规模以上工业增加值增长12.1%；固定资产投资增长6.3%；社会消费品零售总额1025.8亿元、增长16.5%；一般公共预算收入121.3亿元、增长10.2%；城乡居民人均可支配收入分别达到50210元、25630元，分别增长8.6%和10.3%。同期，全市地区生产总值增长8.3%。
二、“十四五”时期主要目标
到2025年，全区地区生产总值突破3000亿元，年均增长7%左右。
三、2022年主要预期目标
地区生产总值增长7%，规模以上工业增加值增长10%，固定资产投资增长8%，社会消费品零售总额增长9%，一般公共预算收入增长5%，城镇新增就业3万人。
""", {
("gdp",V,2250.6,A,2021,"year",R),("gdp",G,8.8,A,2021,"year",R),
("industrial_value_added",G,12.1,A,2021,"year",R),("fixed_asset_investment",G,6.3,A,2021,"year",R),
("retail_sales",V,1025.8,A,2021,"year",R),("retail_sales",G,16.5,A,2021,"year",R),
("fiscal_revenue_general",V,121.3,A,2021,"year",R),("fiscal_revenue_general",G,10.2,A,2021,"year",R),
("urban_disposable_income",V,50210,A,2021,"year",R),("rural_disposable_income",V,25630,A,2021,"year",R),
("urban_disposable_income",G,8.6,A,2021,"year",R),("rural_disposable_income",G,10.3,A,2021,"year",R),
("gdp",G,8.3,A,2021,"year","重庆市"),
("gdp",V,3000,T,2025,"year",R),("gdp",G,7,T,2025,"multi-year",R),
("gdp",G,7,T,2022,"year",R),("industrial_value_added",G,10,T,2022,"year",R),("fixed_asset_investment",G,8,T,2022,"year",R),
("retail_sales",G,9,T,2022,"year",R),("fiscal_revenue_general",G,5,T,2022,"year",R),("new_urban_jobs",V,30000,T,2022,"year",R),
})

# Four more (Hebei, Yunnan, Guangxi, Jiangxi), keyed before the extractor ran on them, after batch C's
# fixes (blind: P 0.895, R 0.872 on 39 figures).
R = "邯郸市"
d("handan_counties", dict(region=R, published="2024-10-28", doc_type="news"),
"""前三季度邯郸经济稳步回升
邯郸日报讯 记者从市统计局获悉，前三季度，全市地区生产总值3350.6亿元，同比增长5.6%，比上半年加快0.3个百分点。规模以上工业增加值增长7.8%，全省平均为6.9%；固定资产投资增长4.2%。
县域经济中，武安市地区生产总值612.4亿元，增长6.3%；涉县规上工业增加值增长9.6%。
全市社会消费品零售总额1320.5亿元，增长5.9%；9月当月增长6.4%。
""", {
("gdp",V,3350.6,A,2024,"Q1-Q3",R),("gdp",G,5.6,A,2024,"Q1-Q3",R),
("industrial_value_added",G,7.8,A,2024,"Q1-Q3",R),("industrial_value_added",G,6.9,A,2024,"Q1-Q3","河北省"),
("fixed_asset_investment",G,4.2,A,2024,"Q1-Q3",R),
("gdp",V,612.4,A,2024,"Q1-Q3","武安市"),("gdp",G,6.3,A,2024,"Q1-Q3","武安市"),
("industrial_value_added",G,9.6,A,2024,"Q1-Q3","涉县"),
("retail_sales",V,1320.5,A,2024,"Q1-Q3",R),("retail_sales",G,5.9,A,2024,"Q1-Q3",R),
("retail_sales",G,6.4,A,2024,"M9",R),
})

R = "大理白族自治州"
d("dali_prefecture", dict(region="云南省", published="2024-02-06", doc_type="newspaper"),
"""大理州2023年经济总量再上新台阶
云南日报讯 2023年，大理州实现地区生产总值1668.3亿元，同比增长5.1%。全州一般公共预算收入102.6亿元，增长8.8%；城镇居民人均可支配收入44512元，增长4.2%；农村居民人均可支配收入18903元，增长7.3%。
其中，大理市实现地区生产总值560.2亿元，增长6.0%；祥云县地区生产总值182.7亿元，增长5.5%。
""", {
("gdp",V,1668.3,A,2023,"year",R),("gdp",G,5.1,A,2023,"year",R),
("fiscal_revenue_general",V,102.6,A,2023,"year",R),("fiscal_revenue_general",G,8.8,A,2023,"year",R),
("urban_disposable_income",V,44512,A,2023,"year",R),("urban_disposable_income",G,4.2,A,2023,"year",R),
("rural_disposable_income",V,18903,A,2023,"year",R),("rural_disposable_income",G,7.3,A,2023,"year",R),
("gdp",V,560.2,A,2023,"year","大理市"),("gdp",G,6.0,A,2023,"year","大理市"),
("gdp",V,182.7,A,2023,"year","祥云县"),("gdp",G,5.5,A,2023,"year","祥云县"),
})

R = "柳州市"
d("liuzhou_autonomous", dict(region=R, published="2024-12-20", doc_type="news"),
"""1—11月柳州工业生产持续回暖
柳州日报讯 1—11月，全市规模以上工业增加值同比增长4.6%，其中汽车制造业增长8.1%。全市固定资产投资同比下降3.2%，降幅比1—10月收窄1.1个百分点。
分县区看，融水规上工业增加值增长12.4%，三江县固定资产投资增长6.8%，柳江区社会消费品零售总额增长5.3%。
""", {
("industrial_value_added",G,4.6,A,2024,"M1-M11",R),
("fixed_asset_investment",G,-3.2,A,2024,"M1-M11",R),
("industrial_value_added",G,12.4,A,2024,"M1-M11","融水苗族自治县"),
("fixed_asset_investment",G,6.8,A,2024,"M1-M11","三江侗族自治县"),
("retail_sales",G,5.3,A,2024,"M1-M11","柳江区"),
})

R = "九江市"
d("jiujiang_goal_and_national", dict(region=R, published="2025-01-20", doc_type="news"),
"""九江2024年主要经济指标圆满收官
九江日报讯 记者从市统计局获悉，2024年，九江市地区生产总值4068.2亿元，增长5.5%，高于全国0.5个百分点，完成年初确定的5.5%预期目标。全市一般公共预算收入实现263.4亿元，同比增长3.6%，全国同期为增长1.3%。社会消费品零售总额1512.8亿元，增长5.8%，高于全省平均水平（5.1%）。
其中，瑞昌市地区生产总值增长6.1%，共青城市增长7.0%。
""", {
("gdp",V,4068.2,A,2024,"year",R),("gdp",G,5.5,A,2024,"year",R),("gdp",G,5.5,T,2024,"year",R),
("fiscal_revenue_general",V,263.4,A,2024,"year",R),("fiscal_revenue_general",G,3.6,A,2024,"year",R),
("fiscal_revenue_general",G,1.3,A,2024,"year","全国"),
("retail_sales",V,1512.8,A,2024,"year",R),("retail_sales",G,5.8,A,2024,"year",R),
("retail_sales",G,5.1,A,2024,"year","江西省"),
("gdp",G,6.1,A,2024,"year","瑞昌市"),("gdp",G,7.0,A,2024,"year","共青城市"),
})


# ---- blind set 6: three more (a budget report with a 科技城 and a 加上补助 sum, a county's 2020
# communiqué with falls and a share that is no catalog share, a Q1 news piece with its province and
# 全国), keys written before the extractor ran. Blind P/R: 0.875/1.000, 1.000/1.000, 1.000/1.000 --
R, Z = "三亚市", "崖州湾科技城"
d("budget_science_city", dict(region=R, published="2024-01-25", doc_type="budget_report"),
"""关于三亚市2023年预算执行情况与2024年预算草案的报告
一、2023年预算执行情况
（一）一般公共预算
2023年，全市地方一般公共预算收入完成133.6亿元，为年初预算的103.5%，同口径增长11.3%。其中，税收收入105.2亿元，增长9.8%。加上上级补助收入、债务转贷收入等，全市一般公共预算总收入412.7亿元。全市一般公共预算支出完成348.9亿元，增长6.1%。
分级次看，市本级地方一般公共预算收入62.4亿元，增长8.7%；区级地方一般公共预算收入合计71.2亿元。崖州湾科技城地方一般公共预算收入18.3亿元，增长25.6%。
（二）政府性基金预算
全市政府性基金预算收入96.5亿元，下降18.2%。
二、2024年预算草案
2024年全市地方一般公共预算收入预期增长8%，安排144.3亿元。崖州湾科技城地方一般公共预算收入安排20.5亿元。
""", {
("fiscal_revenue_general",V,133.6,A,2023,"year",R),("fiscal_revenue_general",G,11.3,A,2023,"year",R),
("fiscal_revenue_general",V,18.3,A,2023,"year",Z),("fiscal_revenue_general",G,25.6,A,2023,"year",Z),
("fiscal_revenue_general",G,8,T,2024,"year",R),("fiscal_revenue_general",V,144.3,T,2024,"year",R),
("fiscal_revenue_general",V,20.5,T,2024,"year",Z),
})

R = "沭阳县"
d("covid_year_county_communique", dict(region=R, published="2021-03-30", doc_type="statistical_communique"),
"""沭阳县2020年国民经济和社会发展统计公报
一、综合
初步核算，全年实现地区生产总值1050.3亿元，按可比价计算，比上年增长3.8%。分产业看，第一产业增加值121.4亿元，增长2.6%；第二产业增加值425.8亿元，增长4.1%；第三产业增加值503.1亿元，增长3.8%。
二、工业
全县规模以上工业增加值比上年增长7.5%。其中，高新技术产业产值占规模以上工业产值比重达45.2%。
三、消费与投资
全年社会消费品零售总额301.2亿元，比上年下降2.1%。全年固定资产投资比上年增长0.3%，增速比上年回落5.4个百分点。
四、财政
全年一般公共预算收入完成52.1亿元，同口径增长3.2%。
五、人民生活
全年城乡居民人均可支配收入分别为32105元和19830元，分别增长4.1%和7.0%。年末全县常住人口160.5万人。
""", {
("gdp",V,1050.3,A,2020,"year",R),("gdp",G,3.8,A,2020,"year",R),
("primary_industry_value_added",V,121.4,A,2020,"year",R),("primary_industry_value_added",G,2.6,A,2020,"year",R),
("secondary_industry_value_added",V,425.8,A,2020,"year",R),("secondary_industry_value_added",G,4.1,A,2020,"year",R),
("tertiary_industry_value_added",V,503.1,A,2020,"year",R),("tertiary_industry_value_added",G,3.8,A,2020,"year",R),
("industrial_value_added",G,7.5,A,2020,"year",R),
("retail_sales",V,301.2,A,2020,"year",R),("retail_sales",G,-2.1,A,2020,"year",R),
("fixed_asset_investment",G,0.3,A,2020,"year",R),
("fiscal_revenue_general",V,52.1,A,2020,"year",R),("fiscal_revenue_general",G,3.2,A,2020,"year",R),
("urban_disposable_income",V,32105,A,2020,"year",R),("rural_disposable_income",V,19830,A,2020,"year",R),
("urban_disposable_income",G,4.1,A,2020,"year",R),("rural_disposable_income",G,7.0,A,2020,"year",R),
("resident_population",V,160.5,A,2020,"year",R),
})

R = "昆明市"
d("quarter_news_province_nation", dict(region=R, published="2024-04-26", doc_type="news"),
"""一季度昆明经济实现良好开局
春城晚报讯 4月25日，记者从昆明市统计局获悉，一季度，全市实现地区生产总值1848.6亿元，同比增长5.1%，高于全省0.4个百分点。全市规模以上工业增加值同比增长8.3%；固定资产投资同比下降3.6%；社会消费品零售总额821.7亿元，同比增长4.6%。3月份，全市规模以上工业增加值增长10.2%。
同期，云南省地区生产总值7212.3亿元，同比增长4.7%。全国规模以上工业增加值同比增长6.1%。
""", {
("gdp",V,1848.6,A,2024,"Q1",R),("gdp",G,5.1,A,2024,"Q1",R),
("industrial_value_added",G,8.3,A,2024,"Q1",R),("fixed_asset_investment",G,-3.6,A,2024,"Q1",R),
("retail_sales",V,821.7,A,2024,"Q1",R),("retail_sales",G,4.6,A,2024,"Q1",R),
("industrial_value_added",G,10.2,A,2024,"M3",R),
("gdp",V,7212.3,A,2024,"Q1","云南省"),("gdp",G,4.7,A,2024,"Q1","云南省"),
("industrial_value_added",G,6.1,A,2024,"Q1","全国"),
})

# Three more (Inner Mongolia's banners, Hubei's county-level cities, a Xiamen district), keyed before the
# extractor ran on them, after batch D's fixes (blind: P 1.000, R 1.000 on 22 figures).
R = "鄂尔多斯市"
d("ordos_banners", dict(region=R, published="2024-08-01", doc_type="news"),
"""上半年鄂尔多斯经济运行稳中有升
鄂尔多斯日报讯 上半年，全市地区生产总值完成2806.1亿元，同比增长5.9%。从旗区看，准格尔旗、达拉特旗地区生产总值分别增长6.4%和5.2%，东胜区社会消费品零售总额增长4.8%。
全市一般公共预算收入完成392.7亿元，同比下降3.1%，主要受煤炭价格回落影响。
""", {
("gdp",V,2806.1,A,2024,"H1",R),("gdp",G,5.9,A,2024,"H1",R),
("gdp",G,6.4,A,2024,"H1","准格尔旗"),("gdp",G,5.2,A,2024,"H1","达拉特旗"),
("retail_sales",G,4.8,A,2024,"H1","东胜区"),
("fiscal_revenue_general",V,392.7,A,2024,"H1",R),("fiscal_revenue_general",G,-3.1,A,2024,"H1",R),
})

R = "襄阳市"
d("xiangyang_counties", dict(region=R, published="2024-04-26", doc_type="news"),
"""一季度襄阳GDP增长6.1%
襄阳日报讯 一季度，我市实现地区生产总值1330.8亿元，同比增长6.1%，增速高于全省0.4个百分点。县域经济方面，枣阳、宜城、老河口地区生产总值分别增长6.5%、6.2%、5.8%。
一季度，全市规上工业增加值增长7.6%，3月份增长8.9%；社会消费品零售总额452.3亿元，增长7.4%。
""", {
("gdp",V,1330.8,A,2024,"Q1",R),("gdp",G,6.1,A,2024,"Q1",R),
("gdp",G,6.5,A,2024,"Q1","枣阳市"),("gdp",G,6.2,A,2024,"Q1","宜城市"),("gdp",G,5.8,A,2024,"Q1","老河口市"),
("industrial_value_added",G,7.6,A,2024,"Q1",R),("industrial_value_added",G,8.9,A,2024,"M3",R),
("retail_sales",V,452.3,A,2024,"Q1",R),("retail_sales",G,7.4,A,2024,"Q1",R),
})

R = "思明区"
d("siming_district_goal", dict(region=R, published="2024-10-31", doc_type="news"),
"""思明区前三季度主要指标稳中有进
厦门日报讯 前三季度，思明区实现地区生产总值1850.2亿元，同比增长5.3%，占全市比重超过四成。全区社会消费品零售总额增长3.6%，一般公共预算收入86.4亿元，完成年度预算的78.5%。
今年，思明区确定的地区生产总值增长目标为5.5%。同期，厦门市地区生产总值增长5.1%。
""", {
("gdp",V,1850.2,A,2024,"Q1-Q3",R),("gdp",G,5.3,A,2024,"Q1-Q3",R),
("retail_sales",G,3.6,A,2024,"Q1-Q3",R),
("fiscal_revenue_general",V,86.4,A,2024,"Q1-Q3",R),
("gdp",G,5.5,T,2024,"year",R),
("gdp",G,5.1,A,2024,"Q1-Q3","厦门市"),
})

# ---- blind batch F: news of other provinces (Sichuan, Henan, Guizhou, Fujian, Jilin, Hunan…), 20 articles
# keyed before the extractor ran on them (blind P/R: batch F 0.994/0.994 on 175 figures, F2 0.787/0.778
# on 81, F3 0.951/0.906 on 64); six of them, each of which exposed a class, as whole documents --------
R = "绵阳市"
d("mianyang_counties_half_year", dict(region=R, published="2024-07-26", doc_type="news", title="上半年绵阳地区生产总值增长6.8% 江油规上工业增速居全市第一"),
"""上半年绵阳地区生产总值增长6.8% 江油规上工业增速居全市第一
2024-07-26 09:15  来源：绵阳日报
绵阳日报讯（记者 张敏）7月25日，记者从市统计局获悉，经初步核算，上半年全市实现地区生产总值1915.36亿元，按不变价格计算，同比增长6.8%，增速高于全省平均水平（5.6%）1.2个百分点，居全省第二位。分产业看，第一产业增加值151.42亿元，增长3.9%；第二产业增加值758.80亿元，增长8.1%；第三产业增加值1005.14亿元，增长6.2%。
工业生产保持较快增长。上半年，全市规模以上工业增加值同比增长9.6%，其中高技术制造业增加值增长14.3%，占规模以上工业增加值的比重为31.5%。
投资和消费稳中有升。全市固定资产投资同比增长5.3%，其中工业投资增长18.7%，民间投资增长2.1%。社会消费品零售总额880.65亿元，增长6.0%。
对外贸易方面，全市货物进出口总额152.3亿元，增长12.4%，其中出口98.6亿元，增长15.1%。
县域经济方面，江油市上半年实现地区生产总值289.7亿元，增长7.5%；规上工业增加值增长12.8%，增速居全市各县（市、区）第一。
居民收入持续增加。全市城镇居民人均可支配收入24165元，增长4.6%；农村居民人均可支配收入11382元，增长6.3%。
“上半年主要指标跑赢全省，为完成全年目标打下了坚实基础。”市统计局相关负责人表示，下半年全市将狠抓项目建设和工业稳增长，力争全年地区生产总值增长7%左右。
""", {
("gdp",V,1915.36,A,2024,"H1",R),("gdp",G,6.8,A,2024,"H1",R),("gdp",G,5.6,A,2024,"H1","四川省"),
("primary_industry_value_added",V,151.42,A,2024,"H1",R),("primary_industry_value_added",G,3.9,A,2024,"H1",R),
("secondary_industry_value_added",V,758.8,A,2024,"H1",R),("secondary_industry_value_added",G,8.1,A,2024,"H1",R),
("tertiary_industry_value_added",V,1005.14,A,2024,"H1",R),("tertiary_industry_value_added",G,6.2,A,2024,"H1",R),
("industrial_value_added",G,9.6,A,2024,"H1",R),("fixed_asset_investment",G,5.3,A,2024,"H1",R),
("industrial_investment",G,18.7,A,2024,"H1",R),("retail_sales",V,880.65,A,2024,"H1",R),
("retail_sales",G,6,A,2024,"H1",R),("imports_exports",V,152.3,A,2024,"H1",R),("imports_exports",G,12.4,A,2024,"H1",R),
("exports",V,98.6,A,2024,"H1",R),("exports",G,15.1,A,2024,"H1",R),("gdp",V,289.7,A,2024,"H1","江油市"),
("gdp",G,7.5,A,2024,"H1","江油市"),("industrial_value_added",G,12.8,A,2024,"H1","江油市"),
("urban_disposable_income",V,24165,A,2024,"H1",R),("urban_disposable_income",G,4.6,A,2024,"H1",R),
("rural_disposable_income",V,11382,A,2024,"H1",R),("rural_disposable_income",G,6.3,A,2024,"H1",R),
("gdp",G,7,T,2024,"year",R),
})

R = "南阳市"
d("nanyang_mayor_interview", dict(region=R, published="2024-01-30", doc_type="news", title="南阳市长：今年地区生产总值预期增长6%以上"),
"""南阳市长：今年地区生产总值预期增长6%以上
人民网郑州1月29日电（记者 赵军）“去年全市地区生产总值突破四千八百亿元，增长百分之五点二，高于全省平均水平。”在南阳市两会期间接受人民网记者专访时，南阳市市长这样总结2023年的成绩单。
据南阳市统计局数据，2023年南阳市地区生产总值4863.5亿元，比上年增长5.2%。全市规模以上工业增加值增长7.6%，固定资产投资增长6.9%，社会消费品零售总额2287.4亿元，增长6.3%。全市一般公共预算收入278.6亿元，增长9.8%，其中税收占比达到68.1%。城镇新增就业6.2万人，完成年度目标的112.7%。
“2024年，我们提出地区生产总值增长6%以上的预期目标。”市长说，全市将力争规上工业增加值增长8%，固定资产投资增长10%左右，一般公共预算收入增长5%。
谈到县域经济，市长介绍，邓州市去年地区生产总值达到五百零二亿元，成为全市首个突破五百亿元的县（市）；西峡县规上工业增加值增长12.1%，增速居全市第一。
""", {
("gdp",V,4863.5,A,2023,"year",R),("gdp",G,5.2,A,2023,"year",R),("industrial_value_added",G,7.6,A,2023,"year",R),
("fixed_asset_investment",G,6.9,A,2023,"year",R),("retail_sales",V,2287.4,A,2023,"year",R),
("retail_sales",G,6.3,A,2023,"year",R),("fiscal_revenue_general",V,278.6,A,2023,"year",R),
("fiscal_revenue_general",G,9.8,A,2023,"year",R),("new_urban_jobs",V,62000,A,2023,"year",R),
("gdp",G,6,T,2024,"year",R),("industrial_value_added",G,8,T,2024,"year",R),
("fixed_asset_investment",G,10,T,2024,"year",R),("fiscal_revenue_general",G,5,T,2024,"year",R),
("gdp",V,502,A,2023,"year","邓州市"),("industrial_value_added",G,12.1,A,2023,"year","西峡县"),
})

R = "黔东南苗族侗族自治州"
d("qiandongnan_prefecture_seat", dict(region=R, published="2022-10-30", doc_type="news", title="前三季度黔东南州经济运行总体平稳"),
"""前三季度黔东南州经济运行总体平稳
黔东南新闻网讯 记者从州统计局获悉，前三季度，全州实现地区生产总值955.34亿元，按可比价格计算，同比增长2.1%。分产业看，第一产业增加值178.62亿元，增长4.0%；第二产业增加值236.15亿元，增长1.2%；第三产业增加值540.57亿元，增长1.8%。
全州规模以上工业增加值同比增长3.5%；固定资产投资同比下降8.7%；社会消费品零售总额325.8亿元，同比下降1.6%。全州一般公共预算收入61.2亿元，扣除留抵退税因素后同口径增长3.1%。
全州城镇常住居民人均可支配收入29872元，增长4.3%；农村常住居民人均可支配收入10653元，增长6.1%。
州府所在地凯里市前三季度实现地区生产总值238.9亿元，增长2.6%，总量占全州的25.0%。
""", {
("gdp",V,955.34,A,2022,"Q1-Q3",R),("gdp",G,2.1,A,2022,"Q1-Q3",R),
("primary_industry_value_added",V,178.62,A,2022,"Q1-Q3",R),("primary_industry_value_added",G,4,A,2022,"Q1-Q3",R),
("secondary_industry_value_added",V,236.15,A,2022,"Q1-Q3",R),
("secondary_industry_value_added",G,1.2,A,2022,"Q1-Q3",R),("tertiary_industry_value_added",V,540.57,A,2022,"Q1-Q3",R),
("tertiary_industry_value_added",G,1.8,A,2022,"Q1-Q3",R),("industrial_value_added",G,3.5,A,2022,"Q1-Q3",R),
("fixed_asset_investment",G,-8.7,A,2022,"Q1-Q3",R),("retail_sales",V,325.8,A,2022,"Q1-Q3",R),
("retail_sales",G,-1.6,A,2022,"Q1-Q3",R),("fiscal_revenue_general",V,61.2,A,2022,"Q1-Q3",R),
("fiscal_revenue_general",G,3.1,A,2022,"Q1-Q3",R),("urban_disposable_income",V,29872,A,2022,"Q1-Q3",R),
("urban_disposable_income",G,4.3,A,2022,"Q1-Q3",R),("rural_disposable_income",V,10653,A,2022,"Q1-Q3",R),
("rural_disposable_income",G,6.1,A,2022,"Q1-Q3",R),("gdp",V,238.9,A,2022,"Q1-Q3","凯里市"),
("gdp",G,2.6,A,2022,"Q1-Q3","凯里市"),
})

R = "漳州市"
d("zhangzhou_plan_closing_review", dict(region=R, published="2021-01-22", doc_type="news", title="“十三五”漳州经济总量迈上新台阶"),
"""“十三五”漳州经济总量迈上新台阶
闽南日报讯 1月21日，漳州市统计局发布数据。2020年，全市实现地区生产总值4545.61亿元，比上年增长5.2%，“十三五”时期年均增长8.0%。
五年来，全市规模以上工业增加值年均增长9.3%，固定资产投资年均增长8.6%，五年累计完成固定资产投资15482亿元。全市一般公共预算收入由2015年的185.3亿元增加到2020年的252.1亿元。社会消费品零售总额1496.7亿元，比上年下降2.1%。
城乡居民人均可支配收入分别达到43528元和21365元，五年间分别增长45.0%和53.2%。全市国家高新技术企业从2015年的112家增加到2020年的601家。
市统计局相关负责人表示，“十四五”时期，漳州将力争地区生产总值年均增长7%左右，到2025年突破6500亿元。
""", {
("gdp",V,4545.61,A,2020,"year",R),("gdp",G,5.2,A,2020,"year",R),("gdp",G,8,A,2020,"multi-year",R),
("industrial_value_added",G,9.3,A,2020,"multi-year",R),("fixed_asset_investment",G,8.6,A,2020,"multi-year",R),
("fixed_asset_investment",V,15482,A,2020,"multi-year",R),("fiscal_revenue_general",V,252.1,A,2020,"year",R),
("retail_sales",V,1496.7,A,2020,"year",R),("retail_sales",G,-2.1,A,2020,"year",R),
("urban_disposable_income",V,43528,A,2020,"year",R),("rural_disposable_income",V,21365,A,2020,"year",R),
("urban_disposable_income",G,45,A,2020,"multi-year",R),("rural_disposable_income",G,53.2,A,2020,"multi-year",R),
("high_tech_enterprises",V,601,A,2020,"year",R),("gdp",G,7,T,2025,"multi-year",R),("gdp",V,6500,T,2025,"year",R),
})

R = "株洲市"
d("zhuzhou_scale_industry_months", dict(region=R, published="2023-09-20", doc_type="news", title="1—8月株洲经济运行稳中有进"),
"""1—8月株洲经济运行稳中有进
株洲日报讯（记者 黄婷）9月19日，记者从市统计局获悉，1—8月，全市规模工业增加值同比增长6.9%，增速比1—7月加快0.3个百分点，高于全省平均水平2.1个百分点。其中，8月份当月增长8.2%。
全市固定资产投资同比增长5.7%，其中工业投资增长18.3%，制造业投资增长21.6%，民间投资增长3.2%。
社会消费品零售总额812.4亿元，同比增长6.8%；限额以上单位消费品零售额325.6亿元，增长5.1%。
全市进出口总额236.7亿元，同比增长12.9%，其中出口185.3亿元，增长17.4%。
全市一般公共预算收入143.5亿元，增长7.6%，其中地方税收收入98.2亿元，增长9.3%。
县市区中，醴陵市规模工业增加值增长9.8%，增速居全市首位；炎陵县固定资产投资增长15.2%。
""", {
("industrial_value_added",G,6.9,A,2023,"M1-M8",R),("industrial_value_added",G,8.2,A,2023,"M8",R),
("fixed_asset_investment",G,5.7,A,2023,"M1-M8",R),("industrial_investment",G,18.3,A,2023,"M1-M8",R),
("manufacturing_investment",G,21.6,A,2023,"M1-M8",R),("retail_sales",V,812.4,A,2023,"M1-M8",R),
("retail_sales",G,6.8,A,2023,"M1-M8",R),("imports_exports",V,236.7,A,2023,"M1-M8",R),
("imports_exports",G,12.9,A,2023,"M1-M8",R),("exports",V,185.3,A,2023,"M1-M8",R),("exports",G,17.4,A,2023,"M1-M8",R),
("fiscal_revenue_general",V,143.5,A,2023,"M1-M8",R),("fiscal_revenue_general",G,7.6,A,2023,"M1-M8",R),
("industrial_value_added",G,9.8,A,2023,"M1-M8","醴陵市"),("fixed_asset_investment",G,15.2,A,2023,"M1-M8","炎陵县"),
})

R = "长春市"
d("changchun_new_area_quarter", dict(region=R, published="2024-04-24", doc_type="news", title="一季度长春市GDP同比增长6.2%"),
"""一季度长春市GDP同比增长6.2%
中国吉林网讯 4月23日，长春市政府新闻办召开一季度经济运行情况新闻发布会。据初步核算，一季度，长春市实现地区生产总值1689.5亿元，同比增长6.2%，占全省的比重为55.8%。其中，第三产业增加值904.6亿元，增长5.1%。
全市规上工业增加值同比增长9.3%，其中汽车制造业增加值增长11.4%；规上工业总产值2563.2亿元，增长8.7%。全市固定资产投资增长7.8%。社会消费品零售总额398.1亿元，增长7.3%。
长春新区一季度实现地区生产总值245.6亿元，增长8.9%；规上工业总产值612.3亿元，增长12.1%。
全省一季度地区生产总值3029.6亿元，同比增长5.0%。
""", {
("gdp",V,1689.5,A,2024,"Q1",R),("gdp",G,6.2,A,2024,"Q1",R),("tertiary_industry_value_added",V,904.6,A,2024,"Q1",R),
("tertiary_industry_value_added",G,5.1,A,2024,"Q1",R),("industrial_value_added",G,9.3,A,2024,"Q1",R),
("industrial_output",V,2563.2,A,2024,"Q1",R),("industrial_output",G,8.7,A,2024,"Q1",R),
("fixed_asset_investment",G,7.8,A,2024,"Q1",R),("retail_sales",V,398.1,A,2024,"Q1",R),
("retail_sales",G,7.3,A,2024,"Q1",R),("gdp",V,245.6,A,2024,"Q1","长春新区"),("gdp",G,8.9,A,2024,"Q1","长春新区"),
("industrial_output",V,612.3,A,2024,"Q1","长春新区"),("industrial_output",G,12.1,A,2024,"Q1","长春新区"),
("gdp",V,3029.6,A,2024,"Q1","吉林省"),("gdp",G,5,A,2024,"Q1","吉林省"),
})

# Blind batch G (湖南 county communiqué with a flattened table, 山东 city budget report with two zones, 安徽
# 1—9月 analysis with counties, 云南 county work report closing five years, 江苏 district bureau summary, 湖北
# plan execution report): 201 figures keyed before the extractor first ran on them (blind P/R 0.990/0.980;
# the zone's key corrected from 德州运河经济开发区 to the name the text gives, 运河经济开发区).
R = "攸县"
d("county_communique_flat_table", dict(region=R, published="2025-04-08", doc_type="statistical_communique"),
"""攸县2024年国民经济和社会发展统计公报
攸县统计局
2025年4月8日
2024年，面对复杂严峻的外部环境和艰巨繁重的改革发展任务，全县上下坚持稳中求进工作总基调，聚焦“产业强县、工业兴县”，扎实推动高质量发展，全县经济运行总体平稳、稳中有进，民生保障持续加强。
一、综合
初步核算，全年全县地区生产总值412.6亿元，按可比价格计算，比上年增长5.8%。其中，第一产业增加值45.3亿元，增长3.6%；第二产业增加值168.9亿元，增长6.4%；第三产业增加值198.4亿元，增长5.7%。三次产业结构调整为11.0:40.9:48.1。按常住人口计算，人均地区生产总值56870元，比上年增长6.9%。
年末全县常住人口72.48万人，比上年末减少0.41万人，常住人口城镇化率52.3%。全年城镇新增就业6218人，城镇登记失业人员再就业1430人。
附表：2024年全县主要经济指标
指标名称 计量单位 绝对数 比上年增长(%)
地区生产总值 亿元 412.6 5.8
规模以上工业增加值 亿元 — 7.9
固定资产投资 亿元 — 4.2
　工业投资 亿元 — 11.6
社会消费品零售总额 亿元 176.3 6.1
进出口总额 亿元 28.7 -12.4
一般公共预算收入 亿元 22.15 3.2
　其中：税收收入 亿元 15.02 1.8
城镇居民人均可支配收入 元 45182 4.9
农村居民人均可支配收入 元 27316 6.6
二、农业
全年粮食播种面积86.3万亩，粮食总产量35.2万吨，比上年增长1.1%。生猪出栏76.4万头，下降2.3%。
三、工业
全年规模以上工业增加值比上年增长7.9%。年末全县规模以上工业企业312家，全年新增规模以上工业企业24家。规模以上工业中，高新技术产业增加值增长10.3%，占规模以上工业增加值的比重为38.6%。
年末全县高新技术企业达到186家，比上年增加21家。全年新认定国家级专精特新“小巨人”企业2家，省级专精特新中小企业累计达到41家。
四、固定资产投资
全年固定资产投资比上年增长4.2%。其中，工业投资增长11.6%，制造业投资增长9.8%；民间投资下降3.5%；房地产开发投资下降15.2%。全年新开工亿元以上项目47个。
五、国内贸易
全年社会消费品零售总额176.3亿元，比上年增长6.1%。其中，限额以上单位消费品零售额58.4亿元，增长4.3%。
六、对外经济
全年进出口总额28.7亿元，比上年下降12.4%。其中，出口总额21.5亿元，下降9.7%。全年实际使用外资1860万美元，增长8.2%。
七、财政
全年一般公共预算收入22.15亿元，比上年增长3.2%，其中税收收入15.02亿元。一般公共预算支出58.6亿元，增长2.1%。
八、人民生活
全年全县居民人均可支配收入34517元，比上年增长5.8%。按常住地分，城镇居民人均可支配收入45182元，增长4.9%；农村居民人均可支配收入27316元，增长6.6%。
注：本公报部分数据为初步统计数，各项统计数据均未包括驻县单位。
""", {
("gdp",V,412.6,A,2024,"year",R),("gdp",G,5.8,A,2024,"year",R),
("primary_industry_value_added",V,45.3,A,2024,"year",R),("primary_industry_value_added",G,3.6,A,2024,"year",R),
("secondary_industry_value_added",V,168.9,A,2024,"year",R),("secondary_industry_value_added",G,6.4,A,2024,"year",R),
("tertiary_industry_value_added",V,198.4,A,2024,"year",R),("tertiary_industry_value_added",G,5.7,A,2024,"year",R),
("gdp_per_capita",V,56870,A,2024,"year",R),("gdp_per_capita",G,6.9,A,2024,"year",R),
("resident_population",V,72.48,A,2024,"year",R),("new_urban_jobs",V,6218,A,2024,"year",R),
("industrial_value_added",G,7.9,A,2024,"year",R),("new_above_scale_industrial_enterprises",V,24,A,2024,"year",R),
("high_tech_industry_share",V,38.6,A,2024,"year",R),("high_tech_enterprises",V,186,A,2024,"year",R),
("little_giant_enterprises",V,2,A,2024,"year",R),("specialized_sme_provincial",V,41,A,2024,"year",R),
("fixed_asset_investment",G,4.2,A,2024,"year",R),("industrial_investment",G,11.6,A,2024,"year",R),
("manufacturing_investment",G,9.8,A,2024,"year",R),("retail_sales",V,176.3,A,2024,"year",R),
("retail_sales",G,6.1,A,2024,"year",R),("imports_exports",V,28.7,A,2024,"year",R),
("imports_exports",G,-12.4,A,2024,"year",R),("exports",V,21.5,A,2024,"year",R),
("exports",G,-9.7,A,2024,"year",R),("foreign_investment_actual",V,0.186,A,2024,"year",R),
("foreign_investment_actual",G,8.2,A,2024,"year",R),("fiscal_revenue_general",V,22.15,A,2024,"year",R),
("fiscal_revenue_general",G,3.2,A,2024,"year",R),("disposable_income",V,34517,A,2024,"year",R),
("disposable_income",G,5.8,A,2024,"year",R),("urban_disposable_income",V,45182,A,2024,"year",R),
("urban_disposable_income",G,4.9,A,2024,"year",R),("rural_disposable_income",V,27316,A,2024,"year",R),
("rural_disposable_income",G,6.6,A,2024,"year",R),
})

R = "德州市"
d("city_budget_two_zones", dict(region=R, published="2025-01-07", doc_type="budget_report"),
"""关于德州市2024年预算执行情况和2025年预算草案的报告
——2025年1月7日在德州市第十八届人民代表大会第五次会议上
德州市财政局
各位代表：
受市人民政府委托，现将德州市2024年预算执行情况和2025年预算草案提请大会审议，并请市政协委员和其他列席人员提出意见。
一、2024年预算执行情况
2024年，面对经济恢复基础尚不牢固、减税降费政策持续实施等因素，全市财政部门坚持过紧日子，积极盘活存量资源，全市财政运行总体平稳。
（一）全市一般公共预算
全市一般公共预算收入完成236.8亿元，为预算的101.3%，同口径增长4.1%。其中，税收收入158.6亿元，下降1.2%，税收占一般公共预算收入的比重为67.0%；非税收入78.2亿元，增长16.5%。加上上级转移支付收入、地方政府一般债务转贷收入、调入资金等，全市一般公共预算收入总计612.4亿元。全市一般公共预算支出完成496.3亿元，增长2.5%，民生支出占比达到80.2%。
（二）市级一般公共预算
市级一般公共预算收入完成61.7亿元，为预算的100.6%，增长3.6%。市级一般公共预算支出完成118.2亿元，下降1.8%。
（三）功能区预算执行情况
德州经济技术开发区一般公共预算收入完成18.9亿元，增长7.4%；一般公共预算支出完成21.3亿元。运河经济开发区一般公共预算收入完成6.3亿元，增长5.0%。
（四）政府性基金预算
全市政府性基金预算收入完成143.5亿元，下降18.6%，主要是国有土地使用权出让收入减少。全市政府性基金预算支出完成286.7亿元。
（五）国有资本经营预算和社会保险基金预算
全市国有资本经营预算收入完成3.2亿元；全市社会保险基金预算收入完成248.6亿元。
（六）政府债务情况
2024年省政府转贷我市新增政府债券资金189.4亿元，全部用于在建项目和民生领域。
二、2025年预算草案
2025年是“十四五”规划收官之年。综合考虑全市地区生产总值预期增长6%左右、结构性减税降费政策延续等因素，按照积极稳妥、留有余地的原则编制收入预算。
（一）全市一般公共预算
2025年全市一般公共预算收入预算安排246.3亿元，比2024年执行数增长4%。全市一般公共预算支出预算安排470.5亿元。
（二）市级一般公共预算
市级一般公共预算收入预算安排64.2亿元，增长4%；市级一般公共预算支出预算安排112.6亿元。
（三）功能区一般公共预算
德州经济技术开发区一般公共预算收入安排19.8亿元，增长5%；运河经济开发区一般公共预算收入安排6.6亿元，增长5%。
（四）政府性基金预算
全市政府性基金预算收入安排150.2亿元，增长4.7%。
三、扎实做好2025年财政工作
全面落实结构性减税降费政策，加大财源培植力度，持续优化支出结构，严格政府债务管理，坚决兜牢基层“三保”底线。
各位代表，做好2025年财政工作任务艰巨、责任重大。我们将在市委坚强领导下，自觉接受市人大的法律监督，为加快建设新时代社会主义现代化强市作出新的贡献！
""", {
("fiscal_revenue_general",V,236.8,A,2024,"year",R),("fiscal_revenue_general",G,4.1,A,2024,"year",R),
("fiscal_revenue_general",V,18.9,A,2024,"year","德州经济技术开发区"),("fiscal_revenue_general",G,7.4,A,2024,"year","德州经济技术开发区"),
("fiscal_revenue_general",V,6.3,A,2024,"year","运河经济开发区"),("fiscal_revenue_general",G,5.0,A,2024,"year","运河经济开发区"),
("gdp",G,6,T,2025,"year",R),("fiscal_revenue_general",V,246.3,T,2025,"year",R),
("fiscal_revenue_general",G,4,T,2025,"year",R),("fiscal_revenue_general",V,19.8,T,2025,"year","德州经济技术开发区"),
("fiscal_revenue_general",G,5,T,2025,"year","德州经济技术开发区"),("fiscal_revenue_general",V,6.6,T,2025,"year","运河经济开发区"),
("fiscal_revenue_general",G,5,T,2025,"year","运河经济开发区"),
})

R = "六安市"
d("nine_month_analysis_counties", dict(region=R, published="2024-10-29", doc_type="statistical_analysis"),
"""2024年1—9月六安市经济运行情况分析
六安市统计局
发布时间：2024-10-29
今年以来，面对外部环境变化带来的不利影响，全市上下认真落实市委、市政府决策部署，加力推动各项政策措施落地见效，经济运行总体平稳、稳中有进，主要指标增速保持在合理区间。
一、主要经济指标运行情况
（一）经济总量稳步扩大。根据地区生产总值统一核算结果，前三季度，全市实现地区生产总值1528.6亿元，按不变价格计算，同比增长5.9%，增速高于全省（5.6%）0.3个百分点。分产业看，第一产业增加值195.3亿元，增长3.8%；第二产业增加值553.7亿元，增长7.2%；第三产业增加值779.6亿元，增长5.4%。
（二）工业生产较快增长。1—9月，全市规模以上工业增加值同比增长9.6%，较上半年回落0.8个百分点。其中，9月份当月增长7.3%。分门类看，制造业增加值增长10.4%；电力、热力、燃气及水生产和供应业增加值增长4.1%。全市规模以上工业企业达到1736家，1—9月新增规上工业企业118家。
（三）有效投资持续扩大。1—9月，全市固定资产投资同比增长6.4%。其中，工业投资增长18.2%，制造业投资增长16.9%；基础设施投资增长4.1%；房地产开发投资下降12.8%。全市新开工亿元以上项目432个，完成投资316.5亿元。
（四）消费市场平稳恢复。1—9月，全市社会消费品零售总额812.4亿元，同比增长5.2%。其中，限额以上单位消费品零售额286.7亿元，增长3.9%。
（五）外贸外资保持增长。1—9月，全市进出口总额98.6亿元，同比增长14.3%，其中出口72.1亿元，增长19.5%；进口26.5亿元，增长1.4%。实际使用外资1.26亿美元，增长3.2%。
（六）财政收入稳中有升。1—9月，全市一般公共预算收入128.7亿元，同比增长2.6%，其中税收收入85.3亿元，下降0.7%。一般公共预算支出486.2亿元，增长5.1%。
（七）居民收入稳步增长。前三季度，全市居民人均可支配收入21863元，同比增长5.8%。按常住地分，城镇居民人均可支配收入31842元，增长4.6%；农村居民人均可支配收入15927元，增长6.7%。
二、县区经济运行情况
前三季度，霍邱县、金寨县、舒城县地区生产总值分别增长6.8%、6.3%、6.1%，增速居全市前三位；霍山县地区生产总值增长5.2%，低于全市0.7个百分点。1—9月，金安区规模以上工业增加值增长12.4%，增速居全市首位；裕安区固定资产投资增长9.7%。
三、需要关注的问题
一是工业增长动能有所减弱，9月份规上工业增加值增速较8月份回落1.5个百分点；二是房地产市场仍在调整，房地产开发投资持续下降；三是消费回升基础尚不稳固，汽车、石油类商品零售额下降。
四、下一步工作建议
全力冲刺四季度，紧盯全年目标任务，加快重点项目建设和政策资金落地，持续扩大有效投资，激发消费潜能，确保完成全年地区生产总值增长6%以上的目标。
""", {
("gdp",V,1528.6,A,2024,"Q1-Q3",R),("gdp",G,5.9,A,2024,"Q1-Q3",R),
("gdp",G,5.6,A,2024,"Q1-Q3","安徽省"),("primary_industry_value_added",V,195.3,A,2024,"Q1-Q3",R),
("primary_industry_value_added",G,3.8,A,2024,"Q1-Q3",R),("secondary_industry_value_added",V,553.7,A,2024,"Q1-Q3",R),
("secondary_industry_value_added",G,7.2,A,2024,"Q1-Q3",R),("tertiary_industry_value_added",V,779.6,A,2024,"Q1-Q3",R),
("tertiary_industry_value_added",G,5.4,A,2024,"Q1-Q3",R),("industrial_value_added",G,9.6,A,2024,"Q1-Q3",R),
("industrial_value_added",G,7.3,A,2024,"M9",R),("new_above_scale_industrial_enterprises",V,118,A,2024,"Q1-Q3",R),
("fixed_asset_investment",G,6.4,A,2024,"Q1-Q3",R),("industrial_investment",G,18.2,A,2024,"Q1-Q3",R),
("manufacturing_investment",G,16.9,A,2024,"Q1-Q3",R),("retail_sales",V,812.4,A,2024,"Q1-Q3",R),
("retail_sales",G,5.2,A,2024,"Q1-Q3",R),("imports_exports",V,98.6,A,2024,"Q1-Q3",R),
("imports_exports",G,14.3,A,2024,"Q1-Q3",R),("exports",V,72.1,A,2024,"Q1-Q3",R),
("exports",G,19.5,A,2024,"Q1-Q3",R),("foreign_investment_actual",V,1.26,A,2024,"Q1-Q3",R),
("foreign_investment_actual",G,3.2,A,2024,"Q1-Q3",R),("fiscal_revenue_general",V,128.7,A,2024,"Q1-Q3",R),
("fiscal_revenue_general",G,2.6,A,2024,"Q1-Q3",R),("disposable_income",V,21863,A,2024,"Q1-Q3",R),
("disposable_income",G,5.8,A,2024,"Q1-Q3",R),("urban_disposable_income",V,31842,A,2024,"Q1-Q3",R),
("urban_disposable_income",G,4.6,A,2024,"Q1-Q3",R),("rural_disposable_income",V,15927,A,2024,"Q1-Q3",R),
("rural_disposable_income",G,6.7,A,2024,"Q1-Q3",R),("gdp",G,6.8,A,2024,"Q1-Q3","霍邱县"),
("gdp",G,6.3,A,2024,"Q1-Q3","金寨县"),("gdp",G,6.1,A,2024,"Q1-Q3","舒城县"),
("gdp",G,5.2,A,2024,"Q1-Q3","霍山县"),("industrial_value_added",G,12.4,A,2024,"Q1-Q3","金安区"),
("fixed_asset_investment",G,9.7,A,2024,"Q1-Q3","裕安区"),("gdp",G,6,T,2024,"year",R),
})

R = "宾川县"
d("county_report_five_years", dict(region=R, published="2022-01-11", doc_type="work_report"),
"""政府工作报告
——2022年1月11日在宾川县第十八届人民代表大会第一次会议上
宾川县人民政府县长
各位代表：
现在，我代表县人民政府，向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。
一、过去五年工作回顾
过去五年，是宾川发展极不平凡的五年。面对经济下行压力、新冠肺炎疫情冲击和多轮干旱等多重考验，在县委的坚强领导下，我们团结带领全县各族人民，攻坚克难、砥砺前行，圆满完成了县十七届人大一次会议确定的主要目标任务。
五年来，综合实力显著增强。全县地区生产总值从2016年的89.6亿元增加到2021年的168.4亿元，年均增长8.7%；一般公共预算收入由5.12亿元增加到7.86亿元，年均增长8.9%；五年累计完成固定资产投资586.3亿元，年均增长11.4%。城镇、农村常住居民人均可支配收入年均分别增长7.2%和9.6%。
五年来，产业发展提质增效。高原特色农业持续壮大，宾川柑橘、葡萄品牌效应日益凸显，水果种植面积稳定在50万亩以上。工业经济加快发展，五年新增规上工业企业21家，高新技术企业从3家增加到14家。旅游文化产业融合发展，鸡足山景区提质升级。
五年来，民生福祉持续改善。累计新增城镇就业2.36万人，城镇登记失业率控制在4%以内。全县11.2万农村人口饮水安全得到巩固提升，教育、医疗、养老等公共服务水平明显提高。
二、2021年工作情况
2021年，全县实现地区生产总值168.4亿元，增长9.2%；规模以上工业增加值增长12.6%；固定资产投资增长10.8%；社会消费品零售总额45.7亿元，增长13.5%；一般公共预算收入7.86亿元，增长6.3%；城镇常住居民人均可支配收入40126元、农村常住居民人均可支配收入17835元，分别增长7.9%和10.8%。
一年来，我们抓项目、稳投资，全年实施省市县重点项目126个，完成投资52.3亿元；抓产业、强实体，新增规上工业企业5家，新认定高新技术企业3家；抓改革、优环境，市场主体总数达到4.2万户。
三、今后五年的目标任务
今后五年，全县经济社会发展的主要目标是：地区生产总值年均增长8%左右，到2026年突破260亿元；一般公共预算收入年均增长6%；城乡居民收入增长与经济增长同步。
四、2022年工作安排
今年政府工作的主要预期目标是：地区生产总值增长8%左右；规模以上工业增加值增长10%；固定资产投资增长10%以上；社会消费品零售总额增长8%；一般公共预算收入增长5%；城镇、农村常住居民人均可支配收入分别增长7%和9%；城镇新增就业3000人以上。
围绕上述目标，重点抓好以下工作：
（一）聚焦工业强县，培育壮大实体经济。加快宾川工业园区建设，力争新增规上工业企业5家以上，新认定高新技术企业3家。
（二）聚焦项目建设，持续扩大有效投资。全年计划实施重点项目130个，完成投资55亿元以上。
（三）聚焦乡村振兴，推动农业提质增效。巩固拓展脱贫攻坚成果，水果产业综合产值力争达到150亿元。
各位代表，新征程催人奋进，新使命重任在肩。让我们在县委的坚强领导下，凝心聚力、实干担当，为建设更加美丽富裕宾川而努力奋斗！
""", {
("gdp",V,168.4,A,2021,"year",R),("gdp",G,8.7,A,2021,"multi-year",R),
("fiscal_revenue_general",V,7.86,A,2021,"year",R),("fiscal_revenue_general",G,8.9,A,2021,"multi-year",R),
("fixed_asset_investment",V,586.3,A,2021,"multi-year",R),("fixed_asset_investment",G,11.4,A,2021,"multi-year",R),
("urban_disposable_income",G,7.2,A,2021,"multi-year",R),("rural_disposable_income",G,9.6,A,2021,"multi-year",R),
("new_above_scale_industrial_enterprises",V,21,A,2021,"multi-year",R),("high_tech_enterprises",V,14,A,2021,"multi-year",R),
("new_urban_jobs",V,23600,A,2021,"multi-year",R),("gdp",G,9.2,A,2021,"year",R),
("industrial_value_added",G,12.6,A,2021,"year",R),("fixed_asset_investment",G,10.8,A,2021,"year",R),
("retail_sales",V,45.7,A,2021,"year",R),("retail_sales",G,13.5,A,2021,"year",R),
("fiscal_revenue_general",G,6.3,A,2021,"year",R),("urban_disposable_income",V,40126,A,2021,"year",R),
("rural_disposable_income",V,17835,A,2021,"year",R),("urban_disposable_income",G,7.9,A,2021,"year",R),
("rural_disposable_income",G,10.8,A,2021,"year",R),("new_above_scale_industrial_enterprises",V,5,A,2021,"year",R),
("high_tech_enterprises",V,3,A,2021,"year",R),("gdp",G,8,T,2026,"multi-year",R),
("gdp",V,260,T,2026,"year",R),("fiscal_revenue_general",G,6,T,2026,"multi-year",R),
("gdp",G,8,T,2022,"year",R),("industrial_value_added",G,10,T,2022,"year",R),
("fixed_asset_investment",G,10,T,2022,"year",R),("retail_sales",G,8,T,2022,"year",R),
("fiscal_revenue_general",G,5,T,2022,"year",R),("urban_disposable_income",G,7,T,2022,"year",R),
("rural_disposable_income",G,9,T,2022,"year",R),("new_urban_jobs",V,3000,T,2022,"year",R),
("new_above_scale_industrial_enterprises",V,5,T,2022,"year",R),("high_tech_enterprises",V,3,T,2022,"year",R),
})

R = "江宁区"
d("district_bureau_summary", dict(region=R, published="2025-01-08", doc_type="work_summary"),
"""江宁区发展和改革局2024年工作总结和2025年工作思路
发布日期：2025-01-08　来源：江宁区发展和改革局
2024年，区发改局在区委、区政府的坚强领导下，紧扣高质量发展首要任务，统筹抓好经济运行调度、重大项目推进、创新主体培育和营商环境优化，各项工作取得积极成效。现将有关情况总结如下。
一、2024年工作完成情况
（一）经济运行稳中有进。牵头做好经济运行监测分析，建立重点指标周调度机制。预计全年实现地区生产总值3320亿元左右，同比增长5.6%；规上工业增加值增长8.2%左右；一般公共预算收入完成241.5亿元，增长2.1%；社会消费品零售总额1086亿元，增长4.5%。全区固定资产投资增长3.5%。外贸外资稳中提质，全年实际使用外资8.6亿美元，增长5.2%；进出口总额1320亿元，增长3.8%，其中出口总额890亿元，增长6.1%。
（二）重大项目建设提速增效。全区92个省市重大项目完成年度投资412.6亿元，完成年度计划的118%。全年工业投资完成386.2亿元，增长9.4%，其中制造业投资312.5亿元，增长11.2%。成功争取超长期特别国债和中央预算内投资项目27个，到位资金18.3亿元。
（三）创新主体培育成果丰硕。全年新增国家高新技术企业265家，有效期内国家高新技术企业总数达到2318家。新增国家级专精特新“小巨人”企业9家，累计达到41家；新认定省级专精特新中小企业78家。新增规上工业企业136家。数字经济核心产业营业收入突破1600亿元，增长12%。
（四）园区平台能级提升。江宁经济技术开发区全年实现规上工业总产值2860亿元，增长7.8%，在国家级经开区综合发展水平考评中继续位居前列。
（五）服务业和消费扩容提质。出台促进消费十条措施，举办各类促消费活动120余场，发放消费券1.2亿元；全区规上服务业营业收入增长6.8%，软件和信息服务业营业收入增长10.5%。
（六）营商环境持续优化。深化“一件事一次办”改革，企业开办时间压缩至0.5个工作日；全年新登记各类经营主体4.3万户。
二、存在的问题
一是部分重点项目前期工作推进偏慢，新开工项目储备不足；二是民间投资意愿偏弱，民间投资下降4.6%；三是服务业支撑作用有待增强。
三、2025年工作思路
2025年，我局将围绕“十四五”规划收官，全力稳增长、扩投资、促创新。主要目标是：地区生产总值增长5.5%左右，固定资产投资增长5%，工业投资增长8%以上；新增国家高新技术企业250家，新增规上工业企业100家以上。
（一）全力扩大有效投资。滚动实施省市重大项目，全年完成重大项目投资420亿元以上。
（二）加快培育创新主体。实施高企培育“小升高”计划，推动一批企业进入国家级专精特新“小巨人”企业梯队，新增国家级专精特新“小巨人”企业5家。
（三）持续优化营商环境。落实新一轮优化营商环境行动方案，推动政策直达快享。
""", {
("gdp",V,3320,A,2024,"year",R),("gdp",G,5.6,A,2024,"year",R),
("industrial_value_added",G,8.2,A,2024,"year",R),("fiscal_revenue_general",V,241.5,A,2024,"year",R),
("fiscal_revenue_general",G,2.1,A,2024,"year",R),("retail_sales",V,1086,A,2024,"year",R),
("retail_sales",G,4.5,A,2024,"year",R),("fixed_asset_investment",G,3.5,A,2024,"year",R),
("foreign_investment_actual",V,8.6,A,2024,"year",R),("foreign_investment_actual",G,5.2,A,2024,"year",R),
("imports_exports",V,1320,A,2024,"year",R),("imports_exports",G,3.8,A,2024,"year",R),
("exports",V,890,A,2024,"year",R),("exports",G,6.1,A,2024,"year",R),
("industrial_investment",V,386.2,A,2024,"year",R),("industrial_investment",G,9.4,A,2024,"year",R),
("manufacturing_investment",V,312.5,A,2024,"year",R),("manufacturing_investment",G,11.2,A,2024,"year",R),
("high_tech_enterprises",V,265,A,2024,"year",R),("high_tech_enterprises",V,2318,A,2024,"year",R),
("little_giant_enterprises",V,9,A,2024,"year",R),("little_giant_enterprises",V,41,A,2024,"year",R),
("specialized_sme_provincial",V,78,A,2024,"year",R),("new_above_scale_industrial_enterprises",V,136,A,2024,"year",R),
("digital_economy_revenue",V,1600,A,2024,"year",R),("digital_economy_revenue",G,12,A,2024,"year",R),
("industrial_output",V,2860,A,2024,"year","江宁经济技术开发区"),("industrial_output",G,7.8,A,2024,"year","江宁经济技术开发区"),
("gdp",G,5.5,T,2025,"year",R),("fixed_asset_investment",G,5,T,2025,"year",R),
("industrial_investment",G,8,T,2025,"year",R),("high_tech_enterprises",V,250,T,2025,"year",R),
("new_above_scale_industrial_enterprises",V,100,T,2025,"year",R),("little_giant_enterprises",V,5,T,2025,"year",R),
})

R = "宜昌市"
d("plan_execution_counties", dict(region=R, published="2025-01-09", doc_type="plan_execution_report"),
"""关于宜昌市2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案的报告
——2025年1月9日在宜昌市第八届人民代表大会第五次会议上
宜昌市发展和改革委员会
各位代表：
受市人民政府委托，现将宜昌市2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案提请大会审议，并请市政协委员和其他列席人员提出意见。
一、2024年国民经济和社会发展计划执行情况
2024年，面对外部压力加大、内部困难增多的复杂形势，全市上下坚决贯彻落实党中央、国务院和省委、省政府决策部署，经济运行稳中向好、进中提质，市八届人大四次会议批准的年度计划总体完成。
初步核算，全市地区生产总值6150.3亿元，增长6.2%；规模以上工业增加值增长8.1%；固定资产投资增长7.3%；社会消费品零售总额2012.6亿元，增长6.5%；外贸进出口总额512.8亿元，增长15.6%，其中出口总额401.3亿元，增长18.2%；实际使用外资6.8亿美元；一般公共预算收入256.4亿元，增长5.2%；城镇、农村常住居民人均可支配收入分别达到49870元、25630元，分别增长5.0%、6.8%。
（一）产业转型升级步伐加快。新增规上工业企业318家，高新技术企业总数达到1726家，增长14.2%；新增国家级专精特新“小巨人”企业12家，新认定创新型中小企业586家。全社会研发经费投入强度达到2.3%。
（二）有效投资支撑有力。工业投资增长12.5%，制造业投资增长10.8%，基础设施投资增长6.1%。全市亿元以上在建项目1864个，新开工项目完成投资1126.4亿元。
（三）区域发展更加协调。宜都市、枝江市、当阳市地区生产总值均突破700亿元，夷陵区地区生产总值突破1000亿元。宜都市、枝江市一般公共预算收入分别增长8.2%、7.6%。
（四）民生保障持续加强。全年城镇新增就业6.42万人，城镇调查失业率控制在5.5%以内。
同时，经济运行中还存在一些困难和问题：有效需求不足，消费恢复偏慢；部分企业生产经营困难；财政收支矛盾较为突出。
二、2025年国民经济和社会发展计划草案
2025年是“十四五”规划收官之年。综合考虑发展基础和外部环境，建议2025年全市经济社会发展主要预期目标为：地区生产总值增长6.5%左右；规模以上工业增加值增长8%；固定资产投资增长8%；社会消费品零售总额增长7%；外贸进出口总额增长10%；一般公共预算收入增长5%；城乡居民人均可支配收入增长与经济增长基本同步；城镇新增就业6万人以上。
围绕上述目标，重点抓好以下工作：
（一）推动产业升级。力争新增规上工业企业300家，高新技术企业突破1900家，新增国家级专精特新“小巨人”企业10家以上。
（二）扩大有效投资。全年实施亿元以上项目1800个以上，工业投资增长12%。
（三）促进消费扩容。开展“宜昌消费季”系列活动，培育一批特色商圈。
各位代表，让我们在市委的坚强领导下，凝心聚力、真抓实干，圆满完成全年目标任务！
""", {
("gdp",V,6150.3,A,2024,"year",R),("gdp",G,6.2,A,2024,"year",R),
("industrial_value_added",G,8.1,A,2024,"year",R),("fixed_asset_investment",G,7.3,A,2024,"year",R),
("retail_sales",V,2012.6,A,2024,"year",R),("retail_sales",G,6.5,A,2024,"year",R),
("imports_exports",V,512.8,A,2024,"year",R),("imports_exports",G,15.6,A,2024,"year",R),
("exports",V,401.3,A,2024,"year",R),("exports",G,18.2,A,2024,"year",R),
("foreign_investment_actual",V,6.8,A,2024,"year",R),("fiscal_revenue_general",V,256.4,A,2024,"year",R),
("fiscal_revenue_general",G,5.2,A,2024,"year",R),("urban_disposable_income",V,49870,A,2024,"year",R),
("rural_disposable_income",V,25630,A,2024,"year",R),("urban_disposable_income",G,5.0,A,2024,"year",R),
("rural_disposable_income",G,6.8,A,2024,"year",R),("new_above_scale_industrial_enterprises",V,318,A,2024,"year",R),
("high_tech_enterprises",V,1726,A,2024,"year",R),("high_tech_enterprises",G,14.2,A,2024,"year",R),
("little_giant_enterprises",V,12,A,2024,"year",R),("innovative_sme",V,586,A,2024,"year",R),
("rd_intensity",V,2.3,A,2024,"year",R),("industrial_investment",G,12.5,A,2024,"year",R),
("manufacturing_investment",G,10.8,A,2024,"year",R),("gdp",V,700,A,2024,"year","宜都市"),
("gdp",V,700,A,2024,"year","枝江市"),("gdp",V,700,A,2024,"year","当阳市"),
("gdp",V,1000,A,2024,"year","夷陵区"),("fiscal_revenue_general",G,8.2,A,2024,"year","宜都市"),
("fiscal_revenue_general",G,7.6,A,2024,"year","枝江市"),("new_urban_jobs",V,64200,A,2024,"year",R),
("gdp",G,6.5,T,2025,"year",R),("industrial_value_added",G,8,T,2025,"year",R),
("fixed_asset_investment",G,8,T,2025,"year",R),("retail_sales",G,7,T,2025,"year",R),
("imports_exports",G,10,T,2025,"year",R),("fiscal_revenue_general",G,5,T,2025,"year",R),
("new_urban_jobs",V,60000,T,2025,"year",R),("new_above_scale_industrial_enterprises",V,300,T,2025,"year",R),
("high_tech_enterprises",V,1900,T,2025,"year",R),("little_giant_enterprises",V,10,T,2025,"year",R),
("industrial_investment",G,12,T,2025,"year",R),
})

# Blind batch H (河北 county communiqué of 2013 with its population section and a flattened table, 海南 2013
# plan execution report, 黑龙江 2012 决算 report with the next half-year, 陕西 2025 half-year analysis naming its
# counties, 河北 district news beside its city and province, 甘肃 新区 summary of 2013, 吉林 autonomous
# prefecture's 2014 work report): keyed before the extractor first ran on them (12 documents, 382 figures;
# blind P/R 0.957/0.864); these seven exposed the batch's classes.
R = "正定县"
d("county_communique_2013_population_table", dict(region=R, published="2014-03-20", doc_type="statistical_communique"),
"""正定县2013年国民经济和社会发展统计公报
正定县统计局
2014年3月20日
2013年，面对复杂多变的宏观经济形势，全县上下认真贯彻县委、县政府各项决策部署，以古城保护和新区建设为抓手，稳增长、调结构、惠民生，全县经济保持平稳较快发展，社会事业全面进步。
一、综合
初步核算，全县实现生产总值236.8亿元，按可比价格计算，比上年增长10.6%。其中，第一产业增加值31.2亿元，增长3.8%；第二产业增加值112.5亿元，增长12.1%；第三产业增加值93.1亿元，增长10.9%。三次产业结构由上年的13.9:47.8:38.3调整为13.2:47.5:39.3。按常住人口计算，人均生产总值50620元，比上年增长9.8%。
全年全部财政收入28.64亿元，比上年增长15.1%；其中，公共财政预算收入15.32亿元，增长18.2%。公共财政预算支出26.81亿元，增长12.4%。
二、人口和就业
年末全县户籍人口47.36万人，比上年末增加0.42万人；常住人口46.85万人，比上年末增加0.37万人。全年出生人口5620人，出生率为11.92‰；死亡人口2890人，死亡率为6.13‰；人口自然增长率为5.79‰。常住人口城镇化率为48.6%，比上年提高1.8个百分点。
全年城镇新增就业4320人，年末城镇登记失业率为3.1%。
三、主要经济指标
附表 2013年全县主要经济指标完成情况
指标名称 单位 2013年 比上年增长(%)
生产总值 亿元 236.8 10.6
全部工业增加值 亿元 98.6 12.8
规模以上工业增加值 亿元 76.4 13.5
全社会固定资产投资 亿元 268.4 22.3
社会消费品零售总额 亿元 88.7 13.9
全部财政收入 亿元 28.64 15.1
公共财政预算收入 亿元 15.32 18.2
城镇居民人均可支配收入 元 23560 11.2
农民人均纯收入 元 11230 13.1
四、农业
全年粮食播种面积58.2万亩，粮食总产量26.3万吨，比上年增长2.4%。蔬菜播种面积12.6万亩，产量68.4万吨。全年农林牧渔业总产值52.8亿元，增长4.1%。年末农民专业合作社达到286家。
五、工业和建筑业
全年全部工业增加值98.6亿元，比上年增长12.8%。规模以上工业增加值76.4亿元，增长13.5%。年末全县规模以上工业企业146家，比上年增加11家。规模以上工业企业实现主营业务收入412.5亿元，增长16.2%；实现利润总额26.3亿元，增长8.7%。
全县资质以上建筑业企业完成总产值41.2亿元，增长11.6%。
六、固定资产投资
全年全社会固定资产投资268.4亿元，比上年增长22.3%。其中，城镇固定资产投资241.6亿元，增长24.1%；农村投资26.8亿元，增长8.5%。在城镇固定资产投资中，第一产业投资6.2亿元，第二产业投资98.5亿元，第三产业投资136.9亿元。全年房地产开发投资38.6亿元，增长31.2%。
七、国内贸易
全年社会消费品零售总额88.7亿元，比上年增长13.9%。按经营地分，城镇消费品零售额61.5亿元，增长14.6%；乡村消费品零售额27.2亿元，增长12.3%。限额以上批发和零售业零售额31.2亿元，增长15.6%，其中，汽车类零售额12.8亿元，增长18.4%。
八、对外经济和旅游
全年进出口总额2.36亿美元，比上年增长8.5%。其中，出口总额1.85亿美元，增长10.2%。全年实际利用外商直接投资4560万美元，增长6.3%。
全年接待国内外游客426.8万人次，增长21.5%；实现旅游总收入28.3亿元，增长24.6%。
九、人民生活
全年城镇居民人均可支配收入23560元，比上年增长11.2%；城镇居民人均消费性支出15630元，增长9.6%。农民人均纯收入11230元，比上年增长13.1%；农民人均生活消费支出7120元，增长11.5%。
十、教育、科技、文化和卫生
年末全县共有普通中学26所，在校学生2.86万人；小学76所，在校学生3.95万人。全年申请专利326件，授权专利186件。年末全县共有医疗卫生机构412个，床位2365张。正定古城保护工程全面推进，隆兴寺、荣国府等景区提档升级。
注：本公报中部分数据为初步统计数。生产总值、各产业增加值绝对数按现价计算，增长速度按不变价格计算。
""", {
("gdp",V,236.8,A,2013,"year",R),("gdp",G,10.6,A,2013,"year",R),
("primary_industry_value_added",V,31.2,A,2013,"year",R),("primary_industry_value_added",G,3.8,A,2013,"year",R),
("secondary_industry_value_added",V,112.5,A,2013,"year",R),("secondary_industry_value_added",G,12.1,A,2013,"year",R),
("tertiary_industry_value_added",V,93.1,A,2013,"year",R),("tertiary_industry_value_added",G,10.9,A,2013,"year",R),
("gdp_per_capita",V,50620,A,2013,"year",R),("gdp_per_capita",G,9.8,A,2013,"year",R),
("fiscal_revenue_total",V,28.64,A,2013,"year",R),("fiscal_revenue_total",G,15.1,A,2013,"year",R),
("fiscal_revenue_general",V,15.32,A,2013,"year",R),("fiscal_revenue_general",G,18.2,A,2013,"year",R),
("resident_population",V,46.85,A,2013,"year",R),("new_urban_jobs",V,4320,A,2013,"year",R),
("industrial_value_added",V,76.4,A,2013,"year",R),("industrial_value_added",G,13.5,A,2013,"year",R),
("fixed_asset_investment",V,268.4,A,2013,"year",R),("fixed_asset_investment",G,22.3,A,2013,"year",R),
("retail_sales",V,88.7,A,2013,"year",R),("retail_sales",G,13.9,A,2013,"year",R),
("imports_exports",G,8.5,A,2013,"year",R),("exports",G,10.2,A,2013,"year",R),
("foreign_investment_actual",V,0.456,A,2013,"year",R),("foreign_investment_actual",G,6.3,A,2013,"year",R),
("urban_disposable_income",V,23560,A,2013,"year",R),("urban_disposable_income",G,11.2,A,2013,"year",R),
("rural_disposable_income",V,11230,A,2013,"year",R),("rural_disposable_income",G,13.1,A,2013,"year",R),
})

R = "海口市"
d("plan_execution_goal_in_brackets", dict(region=R, published="2014-01-20", doc_type="plan_execution_report"),
"""关于海口市2013年国民经济和社会发展计划执行情况与2014年国民经济和社会发展计划草案的报告
——2014年1月20日在海口市第十五届人民代表大会第四次会议上
海口市发展和改革委员会
各位代表：
受市人民政府委托，现将海口市2013年国民经济和社会发展计划执行情况与2014年国民经济和社会发展计划草案提请大会审议，并请市政协委员和其他列席人员提出意见。
一、2013年国民经济和社会发展计划执行情况
2013年，在市委的正确领导下，在市人大、市政协的监督支持下，全市上下紧紧围绕国际旅游岛建设，主动应对经济下行压力，较好地完成了市十五届人大三次会议确定的主要目标任务。
（一）经济运行总体平稳。预计全年全市地区生产总值完成904.6亿元，增长9.3%，比年度计划低0.7个百分点。其中，第一产业增加值48.3亿元，增长4.8%；第二产业增加值208.2亿元，增长6.9%；第三产业增加值648.1亿元，增长10.2%。地方公共财政预算收入完成80.6亿元，增长19.8%，超额完成年度预算。
（二）投资保持较快增长。全社会固定资产投资完成748.3亿元，增长25.6%，超过年度计划（20%）5.6个百分点。其中，房地产开发投资412.6亿元，增长31.4%；工业投资62.5亿元，增长12.1%。全年新开工项目186个。
（三）工业生产稳中有进。规模以上工业增加值完成146.8亿元，增长6.8%。美安科技新城、云龙产业园等园区建设加快推进，全年新增规模以上工业企业9家。
（四）消费市场繁荣活跃。社会消费品零售总额完成431.5亿元，增长13.1%。其中，限额以上企业（单位）消费品零售额198.4亿元，增长11.8%。全年接待过夜游客1098.6万人次，增长11.2%。
（五）对外开放步伐加快。外贸进出口总额61.3亿美元，增长5.4%，其中出口总额16.2亿美元，下降3.6%。实际利用外资2.86亿美元，增长12.3%。
（六）民生持续改善。城镇居民人均可支配收入24880元，增长10.1%；农民人均纯收入9985元，增长13.4%。城镇新增就业3.12万人，城镇登记失业率控制在2.5%以内。
（七）2013年经济运行中存在的主要问题。一是经济增长动力不足，工业规模偏小，规模以上工业增加值占地区生产总值的比重仅为16.2%；二是投资结构不够合理，房地产开发投资占全社会固定资产投资的比重达到55.1%，产业投资偏少；三是城乡发展不够协调，公共服务供给与群众需求还有差距。
二、2014年经济社会发展的主要预期目标
综合考虑各方面因素，2014年全市经济社会发展的主要预期目标建议为：
地区生产总值增长10%左右；全社会固定资产投资增长20%；社会消费品零售总额增长13%；地方公共财政预算收入增长12%；规模以上工业增加值增长8%；外贸进出口总额增长6%；城镇居民人均可支配收入和农民人均纯收入分别增长10%和11%；城镇新增就业2.5万人以上；城镇登记失业率控制在3.5%以内；居民消费价格涨幅控制在3.5%左右。
三、2014年计划的主要任务
（一）着力扩大有效投资。全年安排重点项目210个，年度计划投资520亿元。加快推进西海岸南片区、江东新区等重点区域开发建设。
（二）加快产业转型升级。力争全年实现旅游总收入180亿元，新增规模以上工业企业10家以上，高新技术企业总数达到120家。
（三）切实保障和改善民生。新建保障性住房1.2万套，新增城镇就业2.5万人以上。
各位代表，做好2014年的经济社会发展工作意义重大。我们将在市委的坚强领导下，认真落实本次大会决议，为加快建设国际旅游岛核心城市而努力奋斗！
""", {
("gdp",V,904.6,A,2013,"year",R),("gdp",G,9.3,A,2013,"year",R),
("primary_industry_value_added",V,48.3,A,2013,"year",R),("primary_industry_value_added",G,4.8,A,2013,"year",R),
("secondary_industry_value_added",V,208.2,A,2013,"year",R),("secondary_industry_value_added",G,6.9,A,2013,"year",R),
("tertiary_industry_value_added",V,648.1,A,2013,"year",R),("tertiary_industry_value_added",G,10.2,A,2013,"year",R),
("fiscal_revenue_general",V,80.6,A,2013,"year",R),("fiscal_revenue_general",G,19.8,A,2013,"year",R),
("fixed_asset_investment",V,748.3,A,2013,"year",R),("fixed_asset_investment",G,25.6,A,2013,"year",R),
("fixed_asset_investment",G,20,T,2013,"year",R),("industrial_investment",V,62.5,A,2013,"year",R),
("industrial_investment",G,12.1,A,2013,"year",R),("industrial_value_added",V,146.8,A,2013,"year",R),
("industrial_value_added",G,6.8,A,2013,"year",R),("new_above_scale_industrial_enterprises",V,9,A,2013,"year",R),
("retail_sales",V,431.5,A,2013,"year",R),("retail_sales",G,13.1,A,2013,"year",R),
("imports_exports",G,5.4,A,2013,"year",R),("exports",G,-3.6,A,2013,"year",R),
("foreign_investment_actual",V,2.86,A,2013,"year",R),("foreign_investment_actual",G,12.3,A,2013,"year",R),
("urban_disposable_income",V,24880,A,2013,"year",R),("urban_disposable_income",G,10.1,A,2013,"year",R),
("rural_disposable_income",V,9985,A,2013,"year",R),("rural_disposable_income",G,13.4,A,2013,"year",R),
("new_urban_jobs",V,31200,A,2013,"year",R),("gdp",G,10,T,2014,"year",R),
("fixed_asset_investment",G,20,T,2014,"year",R),("retail_sales",G,13,T,2014,"year",R),
("fiscal_revenue_general",G,12,T,2014,"year",R),("industrial_value_added",G,8,T,2014,"year",R),
("imports_exports",G,6,T,2014,"year",R),("urban_disposable_income",G,10,T,2014,"year",R),
("rural_disposable_income",G,11,T,2014,"year",R),("new_urban_jobs",V,25000,T,2014,"year",R),
("new_above_scale_industrial_enterprises",V,10,T,2014,"year",R),("high_tech_enterprises",V,120,T,2014,"year",R),
})

R = "牡丹江市"
d("final_accounts_with_half_year", dict(region=R, published="2013-08-27", doc_type="budget_report"),
"""关于牡丹江市2012年财政决算和2013年上半年预算执行情况的报告
——2013年8月27日在牡丹江市第十五届人民代表大会常务委员会第六次会议上
牡丹江市财政局局长
主任、各位副主任、秘书长、各位委员：
受市人民政府委托，现将我市2012年财政决算和2013年上半年预算执行情况报告如下，请予审议。
一、2012年财政决算情况
2012年，全市财政部门紧紧围绕市委、市政府中心工作，积极组织收入，优化支出结构，较好地完成了市十五届人大一次会议确定的预算任务。
（一）全市公共财政预算收支决算情况
全市公共财政预算收入决算数为58.62亿元，为调整预算的101.8%，比上年增长16.3%。其中，税收收入42.15亿元，增长13.9%；非税收入16.47亿元，增长22.9%。全市公共财政预算支出决算数为198.43亿元，为调整预算的96.7%，增长14.2%。
分县（市）看，绥芬河市公共财政预算收入完成9.86亿元，增长21.3%；宁安市完成6.12亿元，增长15.4%；海林市完成5.43亿元，增长12.8%；穆棱市完成4.95亿元，增长10.6%；东宁县完成4.21亿元，增长18.7%；林口县完成2.18亿元，增长9.2%。
（二）市本级公共财政预算收支决算情况
市本级公共财政预算收入决算数为18.36亿元，为调整预算的100.4%，增长13.5%。市本级公共财政预算支出决算数为52.74亿元，为调整预算的95.8%。
（三）政府性基金收支决算情况
全市政府性基金收入决算数为36.28亿元，增长6.1%，主要是国有土地使用权出让收入增加。全市政府性基金支出决算数为34.95亿元。
（四）2012年决算与向市人大常委会报告的执行数对比情况
2012年全市公共财政预算收入决算数与年初向市十五届人大二次会议报告的执行数一致；公共财政预算支出决算数比执行数增加0.32亿元，主要是省里年终结算补助增加。
二、2013年上半年预算执行情况
今年以来，全市经济运行总体平稳。上半年全市实现地区生产总值528.6亿元，同比增长10.1%，为财政收入增长奠定了基础。
（一）全市公共财政预算收支执行情况
按照市十五届人大二次会议批准的预算，2013年全市公共财政预算收入预算为63.5亿元，增长8.3%。1—6月，全市公共财政预算收入完成32.45亿元，完成年度预算的51.1%，同比增长11.2%。其中，税收收入23.86亿元，增长9.6%。全市公共财政预算支出完成91.37亿元，增长7.8%。
（二）市本级公共财政预算收支执行情况
1—6月，市本级公共财政预算收入完成9.42亿元，完成年度预算的49.8%，同比增长8.1%；市本级公共财政预算支出完成24.16亿元。
（三）政府性基金收支执行情况
1—6月，全市政府性基金收入完成12.35亿元，同比下降18.6%；政府性基金支出完成13.82亿元。
（四）上半年预算执行中需要关注的问题
一是受煤炭、木材等主要产品价格下跌影响，部分重点税源企业税收下降；二是刚性支出增长较快，收支平衡压力加大；三是部分县（市）区政府性债务负担较重，偿债压力逐步显现。
三、下半年财政工作重点
一是加强收入征管，确保完成全年预算收入任务。密切关注重点行业、重点企业税源变化，依法加强税收征管，严格非税收入管理。二是严格支出管理，保障重点支出需要。从严控制一般性支出，“三公”经费只减不增，集中财力保障民生等重点支出。三是深化财政改革，加强政府性债务管理。全面推进预算公开，扩大绩效评价范围，建立健全政府性债务风险预警机制。
主任、各位副主任、秘书长、各位委员，下半年财政工作任务艰巨，我们将在市委的正确领导下，自觉接受市人大及其常委会的监督，确保全年预算任务圆满完成。
""", {
("fiscal_revenue_general",V,58.62,A,2012,"year",R),("fiscal_revenue_general",G,16.3,A,2012,"year",R),
("fiscal_revenue_general",V,9.86,A,2012,"year","绥芬河市"),("fiscal_revenue_general",G,21.3,A,2012,"year","绥芬河市"),
("fiscal_revenue_general",V,6.12,A,2012,"year","宁安市"),("fiscal_revenue_general",G,15.4,A,2012,"year","宁安市"),
("fiscal_revenue_general",V,5.43,A,2012,"year","海林市"),("fiscal_revenue_general",G,12.8,A,2012,"year","海林市"),
("fiscal_revenue_general",V,4.95,A,2012,"year","穆棱市"),("fiscal_revenue_general",G,10.6,A,2012,"year","穆棱市"),
("fiscal_revenue_general",V,4.21,A,2012,"year","东宁市"),("fiscal_revenue_general",G,18.7,A,2012,"year","东宁市"),
("fiscal_revenue_general",V,2.18,A,2012,"year","林口县"),("fiscal_revenue_general",G,9.2,A,2012,"year","林口县"),
("gdp",V,528.6,A,2013,"H1",R),("gdp",G,10.1,A,2013,"H1",R),
("fiscal_revenue_general",V,63.5,T,2013,"year",R),("fiscal_revenue_general",G,8.3,T,2013,"year",R),
("fiscal_revenue_general",V,32.45,A,2013,"H1",R),("fiscal_revenue_general",G,11.2,A,2013,"H1",R),
})

R = "延安市"
d("half_year_counties_topic_sentences", dict(region=R, published="2025-07-28", doc_type="statistical_analysis"),
"""2025年上半年延安市经济运行情况分析
延安市统计局
2025年7月28日
上半年，面对外部环境变化带来的不利影响，全市上下坚持稳中求进工作总基调，扎实推进能源化工产业转型和苹果产业提质增效，经济运行总体平稳、稳中有进。
一、经济总量稳步增长
根据地区生产总值统一核算结果，上半年，全市实现地区生产总值1085.6亿元，按不变价格计算，同比增长5.8%，比全省（5.3%）高0.5个百分点，比一季度加快0.4个百分点。分产业看，第一产业增加值38.2亿元，增长4.6%；第二产业增加值702.4亿元，增长6.3%；第三产业增加值345.0亿元，增长4.9%。
二、工业生产较快增长
上半年，全市规模以上工业增加值同比增长6.9%，较一季度提高0.6个百分点。分行业看，石油和天然气开采业增加值增长5.2%，煤炭开采和洗选业增长9.6%，电力生产和供应业增长12.3%。6月份，规模以上工业增加值当月增长7.8%。
三、固定资产投资持续恢复
上半年，全市固定资产投资同比增长4.2%，增速比1—5月提高1.1个百分点。其中，工业投资增长9.5%，民间投资下降2.8%，房地产开发投资下降11.4%。
四、消费市场平稳运行
上半年，全市社会消费品零售总额286.4亿元，同比增长5.1%。其中，限额以上单位消费品零售额103.7亿元，增长6.4%。
五、财政收入保持增长
上半年，全市一般公共预算收入132.7亿元，同比增长3.4%，其中税收收入96.8亿元，增长1.2%。一般公共预算支出218.5亿元，增长5.6%。
六、居民收入稳定增加
上半年，全市居民人均可支配收入17654元，同比增长5.6%。按常住地分，城镇居民人均可支配收入23410元，增长4.8%；农村居民人均可支配收入9862元，增长6.9%。
七、县域经济各有亮点
从地区生产总值看，13个县（市、区）中有6个增速高于全市平均水平，其中洛川县增长8.6%、黄陵县增长7.9%、宝塔区增长7.2%，居全市前三位；子长市、吴起县分别增长6.5%和6.1%。
从规模以上工业看，吴起县、志丹县规模以上工业增加值分别增长9.8%、8.7%，安塞区增长7.4%；延川县、宜川县有所下降，分别下降3.2%、1.5%。
从固定资产投资看，子长市固定资产投资增长15.3%，居全市首位；富县增长12.4%；甘泉县下降12.6%。
从社会消费品零售总额看，宝塔区实现社会消费品零售总额148.6亿元，增长5.4%，占全市的51.9%。
八、能源生产保持稳定
上半年，全市原油产量856.4万吨，同比增长1.2%；原煤产量2368.5万吨，增长8.6%；天然气产量52.8亿立方米，增长9.3%；发电量96.2亿千瓦时，增长13.6%。
九、对外贸易较快增长
上半年，全市货物进出口总额12.6亿元，同比增长8.2%，其中出口8.4亿元，增长11.5%。全市实际使用外资1260万美元。
从市场主体看，截至6月末，全市经营主体总数达到28.6万户，同比增长5.2%；上半年新登记经营主体1.86万户。
十、需要关注的问题
一是能源产品价格下行，企业效益承压；二是投资后劲不足，新开工项目偏少；三是消费需求仍显不足。下一步，要加力推进重点项目建设，抓好消费品以旧换新政策落实，强化能源保供和企业帮扶，紧盯全年目标任务，力争全年地区生产总值增长6%左右，规模以上工业增加值增长7%以上。
""", {
("gdp",V,1085.6,A,2025,"H1",R),("gdp",G,5.8,A,2025,"H1",R),
("gdp",G,5.3,A,2025,"H1","陕西省"),("primary_industry_value_added",V,38.2,A,2025,"H1",R),
("primary_industry_value_added",G,4.6,A,2025,"H1",R),("secondary_industry_value_added",V,702.4,A,2025,"H1",R),
("secondary_industry_value_added",G,6.3,A,2025,"H1",R),("tertiary_industry_value_added",V,345.0,A,2025,"H1",R),
("tertiary_industry_value_added",G,4.9,A,2025,"H1",R),("industrial_value_added",G,6.9,A,2025,"H1",R),
("industrial_value_added",G,7.8,A,2025,"M6",R),("fixed_asset_investment",G,4.2,A,2025,"H1",R),
("industrial_investment",G,9.5,A,2025,"H1",R),("retail_sales",V,286.4,A,2025,"H1",R),
("retail_sales",G,5.1,A,2025,"H1",R),("fiscal_revenue_general",V,132.7,A,2025,"H1",R),
("fiscal_revenue_general",G,3.4,A,2025,"H1",R),("disposable_income",V,17654,A,2025,"H1",R),
("disposable_income",G,5.6,A,2025,"H1",R),("urban_disposable_income",V,23410,A,2025,"H1",R),
("urban_disposable_income",G,4.8,A,2025,"H1",R),("rural_disposable_income",V,9862,A,2025,"H1",R),
("rural_disposable_income",G,6.9,A,2025,"H1",R),("gdp",G,8.6,A,2025,"H1","洛川县"),
("gdp",G,7.9,A,2025,"H1","黄陵县"),("gdp",G,7.2,A,2025,"H1","宝塔区"),
("gdp",G,6.5,A,2025,"H1","子长市"),("gdp",G,6.1,A,2025,"H1","吴起县"),
("industrial_value_added",G,9.8,A,2025,"H1","吴起县"),("industrial_value_added",G,8.7,A,2025,"H1","志丹县"),
("industrial_value_added",G,7.4,A,2025,"H1","安塞区"),("industrial_value_added",G,-3.2,A,2025,"H1","延川县"),
("industrial_value_added",G,-1.5,A,2025,"H1","宜川县"),("fixed_asset_investment",G,15.3,A,2025,"H1","子长市"),
("fixed_asset_investment",G,12.4,A,2025,"H1","富县"),("fixed_asset_investment",G,-12.6,A,2025,"H1","甘泉县"),
("retail_sales",V,148.6,A,2025,"H1","宝塔区"),("retail_sales",G,5.4,A,2025,"H1","宝塔区"),
("imports_exports",V,12.6,A,2025,"H1",R),("imports_exports",G,8.2,A,2025,"H1",R),
("exports",V,8.4,A,2025,"H1",R),("exports",G,11.5,A,2025,"H1",R),
("foreign_investment_actual",V,0.126,A,2025,"H1",R),("gdp",G,6,T,2025,"year",R),
("industrial_value_added",G,7,T,2025,"year",R),
})

R = "裕华区"
d("district_news_city_province", dict(region=R, published="2015-01-29", doc_type="news"),
"""裕华区2014年经济运行稳中有进 主要指标增速高于全市全省
石家庄日报 2015-01-29
本报讯（记者 王晓燕 通讯员 李强）记者从裕华区统计局获悉，2014年，裕华区坚持稳增长、调结构、促改革，全区经济运行稳中有进、稳中向好，主要经济指标增速继续走在全市前列。
经初步核算，2014年裕华区实现地区生产总值382.5亿元，按可比价格计算，同比增长8.9%，高于全市（7.5%）1.4个百分点，高于全省（6.5%）2.4个百分点，增速居主城区第一位。其中，第三产业增加值296.8亿元，增长9.7%，占全区生产总值的比重达到77.6%。
财政收入方面，全区全部财政收入完成46.2亿元，同比增长11.3%；公共财政预算收入完成28.3亿元，增长12.4%，比全市平均增速（9.6%）高出2.8个百分点。
投资方面，全区完成全社会固定资产投资315.6亿元，同比增长18.2%，比全市高1.9个百分点。全市全社会固定资产投资增长16.3%，全省增长16.5%。全区共实施亿元以上重点项目62个，完成投资148.6亿元。
消费方面，作为全市重要的商贸中心区，裕华区社会消费品零售总额实现248.6亿元，同比增长12.7%，比全省高0.6个百分点。万达广场、怀特商城等商圈辐射能力持续增强。
居民收入方面，全区城镇居民人均可支配收入达到31250元，同比增长9.3%。全区新增城镇就业1.26万人，完成年度目标任务的126%。农村居民人均纯收入达到14860元，增长11.8%。
创新驱动方面，全区高新技术企业达到68家，当年新增12家；科技型中小企业突破600家。槐安路科技商务带、石家庄国际展览中心周边区域集聚效应逐步显现。
从产业看，裕华区服务业主导地位进一步巩固。金融、商贸、科技服务等现代服务业增加值增长11.2%；全区规模以上服务业企业达到186家，营业收入增长13.6%。工业方面，全区规模以上工业增加值增长6.8%，增速较上年回落1.2个百分点。
民生方面，全年全区民生支出占公共财政预算支出的比重达到78.5%，新建改扩建中小学和幼儿园8所，完成城中村改造项目6个，回迁安置居民3860户。
裕华区统计局相关负责人表示，2014年全区经济保持了较快增长，但也面临工业基础薄弱、重大项目储备不足等问题，需要在新的一年着力加以解决。下一步，全区将重点围绕商贸物流、科技服务、文化创意等产业，加快推进总部经济和楼宇经济发展，持续壮大经济总量、提升发展质量。
“这些成绩的取得来之不易。”裕华区统计局局长表示，在全市经济增速放缓的大背景下，裕华区主要指标继续保持两位数增长，充分说明全区经济结构调整取得了积极成效，服务业对经济增长的贡献率超过八成。
据介绍，2015年裕华区将以“打造省会现代服务业核心区”为目标，力争地区生产总值增长8.5%，公共财政预算收入增长10%以上，全社会固定资产投资增长15%。
""", {
("gdp",V,382.5,A,2014,"year",R),("gdp",G,8.9,A,2014,"year",R),
("gdp",G,7.5,A,2014,"year","石家庄市"),("gdp",G,6.5,A,2014,"year","河北省"),
("tertiary_industry_value_added",V,296.8,A,2014,"year",R),("tertiary_industry_value_added",G,9.7,A,2014,"year",R),
("fiscal_revenue_total",V,46.2,A,2014,"year",R),("fiscal_revenue_total",G,11.3,A,2014,"year",R),
("fiscal_revenue_general",V,28.3,A,2014,"year",R),("fiscal_revenue_general",G,12.4,A,2014,"year",R),
("fiscal_revenue_general",G,9.6,A,2014,"year","石家庄市"),("fixed_asset_investment",V,315.6,A,2014,"year",R),
("fixed_asset_investment",G,18.2,A,2014,"year",R),("fixed_asset_investment",G,16.3,A,2014,"year","石家庄市"),
("fixed_asset_investment",G,16.5,A,2014,"year","河北省"),("retail_sales",V,248.6,A,2014,"year",R),
("retail_sales",G,12.7,A,2014,"year",R),("urban_disposable_income",V,31250,A,2014,"year",R),
("urban_disposable_income",G,9.3,A,2014,"year",R),("new_urban_jobs",V,12600,A,2014,"year",R),
("rural_disposable_income",V,14860,A,2014,"year",R),("rural_disposable_income",G,11.8,A,2014,"year",R),
("high_tech_enterprises",V,68,A,2014,"year",R),("high_tech_enterprises",V,12,A,2014,"year",R),
("above_scale_service_enterprises",V,186,A,2014,"year",R),("industrial_value_added",G,6.8,A,2014,"year",R),
("gdp",G,8.5,T,2015,"year",R),("fiscal_revenue_general",G,10,T,2015,"year",R),
("fixed_asset_investment",G,15,T,2015,"year",R),
})

R = "兰州新区"
d("new_area_summary", dict(region=R, published="2014-01-10", doc_type="work_summary"),
"""兰州新区管委会2013年工作总结和2014年工作安排
兰州新区管委会办公室
2014年1月10日
2013年是兰州新区获批国家级新区后的开局之年。一年来，新区管委会在省委、省政府和市委、市政府的坚强领导下，紧紧围绕“建设西北重要经济增长极”的战略定位，抢抓机遇，攻坚克难，各项工作取得明显成效。
一、2013年工作完成情况
（一）主要经济指标快速增长。全年实现地区生产总值105.6亿元，同比增长36.5%；完成规模以上工业增加值38.2亿元，同比增长41.3%；完成固定资产投资385.6亿元，同比增长68.2%；实现社会消费品零售总额12.3亿元，增长22.1%；完成公共财政预算收入9.86亿元，增长45.6%；大口径财政收入完成21.4亿元，增长52.3%。各项指标增速均位居全省前列。
（二）产业项目加快集聚。全年新签约项目126个，签约总额达1865亿元；新开工项目98个，其中10亿元以上项目23个。年内新增规模以上工业企业12家，总数达到46家；新认定高新技术企业8家。石化产业园、装备制造产业园、新材料产业园等园区基础设施建设全面铺开。
（三）基础设施日趋完善。全年完成基础设施投资128.6亿元，新建道路126公里，新建供水管网85公里。中川机场至新区快速通道建成通车。
（四）招商引资成效明显。全年实际到位资金312.5亿元，增长56.8%；实际利用外资3860万美元。
（五）民生事业稳步推进。年末新区常住人口达到15.3万人，比上年末增加3.6万人。新区城镇新增就业6850人；城镇居民人均可支配收入19860元，增长13.2%；农民人均纯收入7420元，增长16.5%。
（六）体制机制不断理顺。新区与皋兰县、永登县托管区域的管理体制基本理顺，行政审批“一站式”服务大厅建成运行，全年办理审批事项2860件。
（七）生态建设扎实推进。全年完成造林绿化3.6万亩，新区绿化覆盖率达到18.2%；建成污水处理厂2座，日处理能力达到6万吨。
二、存在的问题
一是产业基础仍然薄弱，工业项目投产达效需要时间；二是融资渠道单一，建设资金压力较大；三是人才储备不足，公共服务配套滞后。
三、2014年工作安排
2014年是全面贯彻落实党的十八届三中全会精神的第一年，也是新区加快建设、全面起势的关键一年。新区工作的总体要求是：以产业发展为核心，以项目建设为抓手，以改革创新为动力，加快建设西北地区重要的经济增长极、国家重要的产业基地、向西开放的重要战略平台和承接产业转移示范区。
2014年新区经济社会发展的主要预期目标是：地区生产总值增长30%以上；固定资产投资完成500亿元；规模以上工业增加值增长35%；公共财政预算收入增长30%；社会消费品零售总额增长20%；城镇居民人均可支配收入和农民人均纯收入均增长13%以上。
重点抓好以下工作：
（一）加快产业发展。全年引进项目100个以上，力争新增规模以上工业企业15家，规模以上工业企业总数突破60家。
（二）加大基础设施建设。完成基础设施投资150亿元，加快综合管廊和水、电、气、暖等配套建设。
（三）深化体制机制改革。推进“一站式”审批服务，审批时限压缩50%以上；探索建立新区与托管区域税收分成机制。
（四）提升城市功能。推进职教园区、综合保税区建设，新增城镇就业8000人以上。
""", {
("gdp",V,105.6,A,2013,"year",R),("gdp",G,36.5,A,2013,"year",R),
("industrial_value_added",V,38.2,A,2013,"year",R),("industrial_value_added",G,41.3,A,2013,"year",R),
("fixed_asset_investment",V,385.6,A,2013,"year",R),("fixed_asset_investment",G,68.2,A,2013,"year",R),
("retail_sales",V,12.3,A,2013,"year",R),("retail_sales",G,22.1,A,2013,"year",R),
("fiscal_revenue_general",V,9.86,A,2013,"year",R),("fiscal_revenue_general",G,45.6,A,2013,"year",R),
("fiscal_revenue_total",V,21.4,A,2013,"year",R),("fiscal_revenue_total",G,52.3,A,2013,"year",R),
("new_above_scale_industrial_enterprises",V,12,A,2013,"year",R),("high_tech_enterprises",V,8,A,2013,"year",R),
("foreign_investment_actual",V,0.386,A,2013,"year",R),("resident_population",V,15.3,A,2013,"year",R),
("new_urban_jobs",V,6850,A,2013,"year",R),("urban_disposable_income",V,19860,A,2013,"year",R),
("urban_disposable_income",G,13.2,A,2013,"year",R),("rural_disposable_income",V,7420,A,2013,"year",R),
("rural_disposable_income",G,16.5,A,2013,"year",R),("gdp",G,30,T,2014,"year",R),
("fixed_asset_investment",V,500,T,2014,"year",R),("industrial_value_added",G,35,T,2014,"year",R),
("fiscal_revenue_general",G,30,T,2014,"year",R),("retail_sales",G,20,T,2014,"year",R),
("urban_disposable_income",G,13,T,2014,"year",R),("rural_disposable_income",G,13,T,2014,"year",R),
("new_above_scale_industrial_enterprises",V,15,T,2014,"year",R),("new_urban_jobs",V,8000,T,2014,"year",R),
})

R = "延边朝鲜族自治州"
d("autonomous_prefecture_report", dict(region=R, published="2014-01-08", doc_type="work_report"),
"""政府工作报告
——2014年1月8日在延边朝鲜族自治州第十四届人民代表大会第三次会议上
延边朝鲜族自治州州长
各位代表：
现在，我代表州人民政府，向大会报告工作，请予审议，并请州政协委员和其他列席人员提出意见。
一、2013年工作回顾
过去的一年，面对经济下行压力加大等多重困难，在州委的正确领导下，全州各族干部群众团结奋斗，开拓进取，较好地完成了州十四届人大二次会议确定的主要目标任务。
初步测算，全州实现地区生产总值887.3亿元，按可比价格计算，增长9.1%；全社会固定资产投资完成712.6亿元，增长18.3%；社会消费品零售总额完成352.4亿元，增长13.6%；公共财政预算收入完成82.3亿元，增长11.5%；外贸进出口总额完成32.6亿美元，增长7.3%；城镇居民人均可支配收入达到19680元，增长10.8%；农民人均纯收入达到8935元，增长13.2%。城镇新增就业4.6万人。
（一）工业经济稳中有升。规模以上工业增加值完成298.6亿元，增长10.3%。烟草、医药、能源、矿产、食品、林产品加工六大支柱产业实现产值1026.4亿元。新增规模以上工业企业46家。
（二）县域经济加快发展。延吉市地区生产总值突破300亿元，达到318.5亿元，增长9.6%；珲春市公共财政预算收入完成15.8亿元，增长20.3%；敦化市全社会固定资产投资完成156.2亿元，增长21.5%。龙井市、和龙市、图们市、汪清县、安图县地区生产总值分别增长8.2%、8.5%、7.9%、8.8%和9.3%。
（三）对外开放深入推进。中国图们江区域（珲春）国际合作示范区建设全面启动，珲春至扎鲁比诺港陆海联运航线常态化运营。全年实际利用外资5.6亿美元，增长9.8%。
（四）旅游业加快发展。长白山、防川、帽儿山等景区基础设施不断完善，全年接待国内外游客1286万人次，增长16.8%；实现旅游总收入185.6亿元，增长21.2%。
（五）民生保障持续改善。全年民生支出完成218.4亿元，占公共财政预算支出的72.6%。新建保障性住房2.1万套。朝鲜族传统文化保护传承工作扎实推进。
（六）生态建设成效明显。全年完成造林绿化36万亩，森林覆盖率保持在80%以上；主要污染物减排任务全面完成，州府延吉市空气质量优良天数达到336天。
回顾五年来，全州地区生产总值年均增长11.6%，公共财政预算收入年均增长18.4%，城乡居民收入年均分别增长12.5%和14.3%。
二、2014年工作安排
今年全州经济社会发展的主要预期目标是：地区生产总值增长9%左右；全社会固定资产投资增长15%；社会消费品零售总额增长13%；公共财政预算收入增长10%；城镇居民人均可支配收入和农民人均纯收入分别增长10%和11%；城镇新增就业4万人。
实现上述目标，要重点抓好以下工作：
（一）全力推进工业转型升级。规模以上工业增加值增长11%，新增规模以上工业企业40户。
（二）扩大有效投资。全年实施5000万元以上项目500个，全社会固定资产投资力争突破800亿元。
（三）加快开放步伐。外贸进出口总额增长10%，实际利用外资6亿美元。
（四）保障和改善民生。坚持把新增财力的70%以上用于民生，新建保障性住房1.5万套，改造农村泥草房2万户，城镇登记失业率控制在4.2%以内。
各位代表，让我们在州委的坚强领导下，团结依靠全州各族人民，为建设富裕文明和谐美丽新延边而努力奋斗！
""", {
("gdp",V,887.3,A,2013,"year",R),("gdp",G,9.1,A,2013,"year",R),
("fixed_asset_investment",V,712.6,A,2013,"year",R),("fixed_asset_investment",G,18.3,A,2013,"year",R),
("retail_sales",V,352.4,A,2013,"year",R),("retail_sales",G,13.6,A,2013,"year",R),
("fiscal_revenue_general",V,82.3,A,2013,"year",R),("fiscal_revenue_general",G,11.5,A,2013,"year",R),
("imports_exports",G,7.3,A,2013,"year",R),("urban_disposable_income",V,19680,A,2013,"year",R),
("urban_disposable_income",G,10.8,A,2013,"year",R),("rural_disposable_income",V,8935,A,2013,"year",R),
("rural_disposable_income",G,13.2,A,2013,"year",R),("new_urban_jobs",V,46000,A,2013,"year",R),
("industrial_value_added",V,298.6,A,2013,"year",R),("industrial_value_added",G,10.3,A,2013,"year",R),
("new_above_scale_industrial_enterprises",V,46,A,2013,"year",R),("gdp",V,318.5,A,2013,"year","延吉市"),
("gdp",G,9.6,A,2013,"year","延吉市"),("fiscal_revenue_general",V,15.8,A,2013,"year","珲春市"),
("fiscal_revenue_general",G,20.3,A,2013,"year","珲春市"),("fixed_asset_investment",V,156.2,A,2013,"year","敦化市"),
("fixed_asset_investment",G,21.5,A,2013,"year","敦化市"),("gdp",G,8.2,A,2013,"year","龙井市"),
("gdp",G,8.5,A,2013,"year","和龙市"),("gdp",G,7.9,A,2013,"year","图们市"),
("gdp",G,8.8,A,2013,"year","汪清县"),("gdp",G,9.3,A,2013,"year","安图县"),
("foreign_investment_actual",V,5.6,A,2013,"year",R),("foreign_investment_actual",G,9.8,A,2013,"year",R),
("gdp",G,11.6,A,2013,"multi-year",R),("fiscal_revenue_general",G,18.4,A,2013,"multi-year",R),
("urban_disposable_income",G,12.5,A,2013,"multi-year",R),("rural_disposable_income",G,14.3,A,2013,"multi-year",R),
("gdp",G,9,T,2014,"year",R),("fixed_asset_investment",G,15,T,2014,"year",R),
("retail_sales",G,13,T,2014,"year",R),("fiscal_revenue_general",G,10,T,2014,"year",R),
("urban_disposable_income",G,10,T,2014,"year",R),("rural_disposable_income",G,11,T,2014,"year",R),
("new_urban_jobs",V,40000,T,2014,"year",R),("industrial_value_added",G,11,T,2014,"year",R),
("new_above_scale_industrial_enterprises",V,40,T,2014,"year",R),("fixed_asset_investment",V,800,T,2014,"year",R),
("imports_exports",G,10,T,2014,"year",R),("foreign_investment_actual",V,6,T,2014,"year",R),
})


def _core(figs) -> set[tuple]:
    inds = resources.indicators()
    return {rec(f)[:7] for f in figs if inds[f.indicator].core}


def _norm(exp: set[tuple]) -> set[tuple]:
    return {(i, m, int(v) if float(v) == int(v) else v, s, y, p, r) for i, m, v, s, y, p, r in exp}


@pytest.mark.parametrize(("kw", "text", "exp"), [(kw, t, e) for _, kw, t, e in DOCS], ids=[n for n, *_ in DOCS])
def test_a_document_gives_its_figures(extract, kw, text, exp):
    got = _core(extract(text, **kw))
    assert got == _norm(exp)


# ---- a result compared with the goal (好于预期) is a result, not a target -----------------------------


@pytest.mark.parametrize("opening", ["主要经济指标好于预期：", "经济运行好于预期，", "主要指标增速超出预期，",
                                     "全年经济增长符合预期，", "主要指标优于计划，", "经济增速快于预期，"])
def test_a_result_compared_with_the_goal_is_a_result(extract, opening):
    figs = extract(f"一、2024年工作回顾\n{opening}地区生产总值增长5.9%，固定资产投资增长3.1%。",
                   region="嘉兴市", published="2025-01-15", doc_type="work_report")
    assert {(f.indicator, str(f.status), f.year) for f in figs} == {
        ("gdp", "actual", 2024), ("fixed_asset_investment", "actual", 2024)}


@pytest.mark.parametrize("text", ["今年主要预期目标：地区生产总值增长6%左右。", "力争地区生产总值增长6%，高于全省平均。",
                                  "预期地区生产总值增长6%，高于全省。"])
def test_a_goal_stays_a_target(extract, text):
    figs = extract(text, region="嘉兴市", published="2025-01-15", doc_type="work_report")
    assert {(f.indicator, str(f.status), f.year) for f in figs} == {("gdp", "target", 2025)}


# ---- a result measured against its goal (比…目标高出) is a result; the goal is only the yardstick ------


@pytest.mark.parametrize("lead", ["五年来，地区生产总值比规划目标高出120亿元，", "地区生产总值较年初目标多出35亿元，",
                                  "地区生产总值比“十四五”预期目标超出80亿元，", "地区生产总值比年度计划多完成20亿元，",
                                  "地区生产总值比年度预期目标高出15亿元，"])
def test_a_result_measured_against_its_goal_is_a_result(extract, lead):
    figs = extract(f"一、2024年工作回顾\n{lead}增长6.1%，固定资产投资增长3.4%。",
                   region="嘉兴市", published="2025-01-15", doc_type="work_report")
    assert {(f.indicator, f.measure.value, str(f.status)) for f in figs} == {
        ("gdp", "growth", "actual"), ("fixed_asset_investment", "growth", "actual")}


@pytest.mark.parametrize("text", ["实现地区生产总值比上年增长6%的预期目标，固定资产投资增长8%。",
                                  "确保地区生产总值比上年增长6%的目标，固定资产投资增长8%。"])
def test_a_goal_with_its_own_number_stays_a_goal(extract, text):
    figs = extract(f"二、2025年主要预期目标\n{text}", region="嘉兴市", published="2025-01-15", doc_type="work_report")
    assert {(f.indicator, str(f.status)) for f in figs} == {("gdp", "target"), ("fixed_asset_investment", "target")}


# ---- a catalog name in a bracketed note on coverage (（未含研发支出）) is no subject ----------------------


@pytest.mark.parametrize(("text", "ind"), [
    ("地区生产总值570亿元（未含研发支出），增长12%。", "gdp"),
    ("社会消费品零售总额860亿元（包括网上零售额），增长7.5%。", "retail_sales"),
    ("地区生产总值1320亿元（不含研发经费支出），比上年增长6.4%。", "gdp"),
    ("固定资产投资完成420亿元（含房地产开发投资），增长9.1%。", "fixed_asset_investment"),
])
def test_a_name_in_a_coverage_note_is_no_subject(extract, text, ind):
    figs = extract(text, region="嘉兴市", published="2024-03-01", doc_type="statistical_communique")
    assert {(f.indicator, f.measure.value) for f in figs} == {(ind, "value"), (ind, "growth")}
