"""Runtime settings for the shop API, imported as module constants."""
import os

ENVIRONMENT = os.getenv("ENVIRONMENT", "production")
LOG_LEVEL = os.getenv("LOG_LEVEL", "INFO")
# TODO: read from the environment once staging has its own config
DEBUG = True  # expect: PBP207

SECRET_KEY = os.getenv("SECRET_KEY", "s3cr3t-prod-8f2a4c91")  # expect: PBP201
STRIPE_API_KEY = "sk_live_51Hq-DEMO-not-a-real-key-8f2a"  # expect: PBP201
PAYMENTS_URL = os.getenv("PAYMENTS_URL", "https://api.pay.example.com")
ACCESS_TOKEN_EXPIRE_MINUTES = 30
