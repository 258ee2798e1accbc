from django.core.management.base import BaseCommand

from ispolkom.demo.loader import DemoLoader


class Command(BaseCommand):
    help = ("Load the Osipovichi demo site (three languages, pages, news) and the Mogilev "
            "oblast's and Bobruisk district's committees beside it. Safe to repeat.")

    def handle(self, *args, **options):
        loader = DemoLoader(stdout=self.stdout)
        loader.load()
        loader.load_committees()
