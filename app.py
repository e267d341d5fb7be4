"""区域发展指标 dashboard: streamlit run app.py"""

import streamlit as st

from src.ui.links import PAGES

st.set_page_config(page_title="区域发展指标", layout="wide", page_icon=":material/insights:")
st.session_state["_nav"] = True
pages = [st.Page(path, title=title, icon=icon, url_path=key, default=key == "overview")
         for key, (path, title, icon) in PAGES.items()]
st.navigation(pages).run()
