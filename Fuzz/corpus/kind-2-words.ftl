# ours
skip_link = Neidio i'r cynnwys
hub_about = Ynglyn a'r hyb
