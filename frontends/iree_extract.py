"""placeholder"""
def main_func_name(text):
    return "main"
