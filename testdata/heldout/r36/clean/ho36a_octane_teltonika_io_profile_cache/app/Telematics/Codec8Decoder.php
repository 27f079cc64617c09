<?php

namespace App\Telematics;

use App\Concerns\ResolvesIoSchemas;

final class Codec8Decoder
{
    use ResolvesIoSchemas;

    public function __construct(private readonly DeviceProfileRepository $profiles)
    {
    }

    /** @return list<array{ts: int, lat: float, lng: float, io: array<string, array>}> */
    public function decode(array $packet): array
    {
        $header = AvlHeader::fromPacket($packet);
        $schema = $this->ioSchema($header);

        $out = [];
        foreach ($packet['records'] as $record) {
            $io = [];
            foreach ($record['io'] as $id => $raw) {
                if ($decoded = $schema->decode((int) $id, (int) $raw)) {
                    $io[$decoded[0]] = [$decoded[1], $decoded[2]];
                }
            }
            $out[] = ['ts' => $record['ts'], 'lat' => $record['lat'] / 1e7, 'lng' => $record['lng'] / 1e7, 'io' => $io];
        }

        return $out;
    }

    protected function ioSchemaKey(AvlHeader $header): string
    {
        return sprintf('%s/codec%d/%s', $header->model, $header->codecId, $this->profiles->profileFor($header->imei));
    }

    protected function buildIoSchema(AvlHeader $header): IoElementSchema
    {
        return new IoElementSchema($this->ioSchemaKey($header), $this->profiles->elementsFor($header->model, $header->imei));
    }
}
