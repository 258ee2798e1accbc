from django.core.management.base import BaseCommand

from ispolkom.demo.loader import DemoLoader


class Command(BaseCommand):
    help = "Load the Osipovichi demo site (three languages, pages, news). Safe to repeat."

    def handle(self, *args, **options):
        DemoLoader(stdout=self.stdout).load()
