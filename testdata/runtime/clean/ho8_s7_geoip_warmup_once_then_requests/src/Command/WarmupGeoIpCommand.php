<?php

namespace App\Command;

use App\Geo\GeoIpTable;
use Symfony\Component\Console\Attribute\AsCommand;
use Symfony\Component\Console\Command\Command;
use Symfony\Component\Console\Input\InputInterface;
use Symfony\Component\Console\Output\OutputInterface;

#[AsCommand(name: 'app:geoip:warmup', description: 'Loads the first-octet country table into memory')]
final class WarmupGeoIpCommand extends Command
{
    private const COUNTRIES = [['BE', 'EUR'], ['US', 'USD'], ['GB', 'GBP'], ['JP', 'JPY'], ['CH', 'CHF']];

    protected function execute(InputInterface $input, OutputInterface $output): int
    {
        for ($octet = 0; $octet < 256; $octet++) {
            [$country, $currency] = self::COUNTRIES[$octet % count(self::COUNTRIES)];
            GeoIpTable::register($octet, $country, $currency);
        }
        $output->writeln('256 ranges loaded');
        return Command::SUCCESS;
    }
}
