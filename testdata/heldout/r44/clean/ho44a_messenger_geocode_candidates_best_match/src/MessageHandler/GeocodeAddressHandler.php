<?php

declare(strict_types=1);

namespace App\MessageHandler;

use App\Geocoding\AddressIndex;
use App\Geocoding\AddressNormalizer;
use App\Geocoding\Candidate;
use App\Geocoding\DeliveryPointWriter;
use App\Geocoding\GeocodeResult;
use App\Message\GeocodeAddress;
use Symfony\Component\Messenger\Attribute\AsMessageHandler;

#[AsMessageHandler(fromTransport: 'geocode')]
final class GeocodeAddressHandler
{
    private const ACCEPT = 0.8;

    public function __construct(
        private readonly AddressNormalizer $normalizer,
        private readonly AddressIndex $index,
        private readonly DeliveryPointWriter $writer,
    ) {
    }

    public function __invoke(GeocodeAddress $message): ?GeocodeResult
    {
        $address = $this->normalizer->normalize($message->address, $message->country);
        if ($address === null) {
            return null;
        }

        $match = null;
        foreach ($this->index->candidates($address) as $candidate) {
            if ($candidate->confidence >= self::ACCEPT && $candidate->confidence > ($match?->confidence ?? 0.0)) {
                $match = $candidate;
            }
        }
        if (!$match instanceof Candidate) {
            return null;
        }

        $result = new GeocodeResult($message->shipmentId, $match->lat, $match->lon, $match->confidence, $match->matchedBy);
        $this->writer->write($result);

        return $result;
    }
}
