"""The Participants screen: list, registration form and the participant's page."""
