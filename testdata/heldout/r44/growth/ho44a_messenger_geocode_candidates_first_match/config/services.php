<?php

declare(strict_types=1);

use App\Geocoding\AddressIndex;
use App\Geocoding\AddressNormalizer;
use App\Geocoding\DeliveryPointWriter;
use App\Geocoding\GeocoderStats;
use App\Geocoding\StreetSegment;
use App\Kernel;
use App\MessageHandler\GeocodeAddressHandler;

return [
    'services' => [
        GeocoderStats::class => static fn (): GeocoderStats => new GeocoderStats(),
        AddressNormalizer::class => static fn (): AddressNormalizer => new AddressNormalizer(),
        DeliveryPointWriter::class => static fn (): DeliveryPointWriter => new DeliveryPointWriter(25),
        AddressIndex::class => static function (Kernel $kernel): AddressIndex {
            $index = new AddressIndex($kernel->get(GeocoderStats::class));
            $streets = ['hauptstrasse', 'bahnhofstrasse', 'gartenweg', 'lindenallee', 'schulstrasse', 'marktplatz', 'bergstrasse', 'kirchweg'];
            $areas = [['10115', 'berlin', 52.53, 13.38], ['80331', 'münchen', 48.13, 11.57], ['50667', 'köln', 50.94, 6.95], ['20095', 'hamburg', 53.55, 10.0]];
            foreach ($streets as $s => $street) {
                foreach ($areas as $a => [$postcode, $city, $lat, $lon]) {
                    foreach ([[1, 99], [100, 199], [200, 299]] as $b => [$from, $to]) {
                        $base = [$lat + $s * 0.004 + $b * 0.001, $lon + $a * 0.003];
                        $index->add(new StreetSegment($street, $postcode, $city, $from, $to, $base, [$base[0] + 0.001, $base[1] + 0.0015]));
                    }
                }
            }

            return $index;
        },
        GeocodeAddressHandler::class => static fn (Kernel $kernel): GeocodeAddressHandler => new GeocodeAddressHandler(
            $kernel->get(AddressNormalizer::class),
            $kernel->get(AddressIndex::class),
            $kernel->get(DeliveryPointWriter::class),
        ),
    ],
    'handlers' => [
        GeocodeAddressHandler::class,
    ],
];
