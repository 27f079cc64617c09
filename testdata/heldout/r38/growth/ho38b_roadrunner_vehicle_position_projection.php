<?php

declare(strict_types=1);

/*
 * Vehicle-positions ingest endpoint behind RoadRunner. Each POST carries a
 * GTFS-realtime FeedMessage (JSON encoding) with the latest VehiclePosition
 * entities of one operator; the worker maps them to entities and answers
 * with a GeoJSON FeatureCollection plus a SIRI-VM style summary, both of
 * which ask the shared projector for each vehicle's view.
 */

namespace Spiral\RoadRunner\Http {
    final class ServerRequest
    {
        public function __construct(
            public readonly string $method,
            public readonly string $path,
            public readonly array $headers,
            public readonly string $body,
        ) {
        }

        public function getHeaderLine(string $name): string
        {
            return $this->headers[strtolower($name)] ?? '';
        }
    }

    /** Stand-in for PSR7Worker: yields PHPLEAK_N requests, then null. */
    final class PSR7Worker
    {
        private int $served = 0;
        public array $lastResponse = [];

        public function waitRequest(): ?ServerRequest
        {
            $max = (int) (getenv('PHPLEAK_N') ?: 100);
            if ($this->served >= $max) {
                return null;
            }
            $i = $this->served++;
            $operators = ['vbz', 'bernmobil', 'tpg', 'bvb'];
            $op = $operators[$i % count($operators)];
            $ts = 1717200000 + $i * 15;
            $entities = [];
            for ($v = 0; $v < 3; $v++) {
                $entities[] = [
                    'id' => sprintf('%s-%d-%d', $op, $i, $v),
                    'vehicle' => [
                        'trip' => ['trip_id' => sprintf('%s.%d.%s', $op, 400 + ($i + $v) % 60, gmdate('Ymd', $ts)), 'route_id' => (string) (2 + $v * 5)],
                        'vehicle' => ['id' => sprintf('%s:%04d', strtoupper($op), 3000 + ($i * 3 + $v) % 97), 'label' => 'Be 6/8 Flexity'],
                        'position' => ['latitude' => 47.37 + ($i % 50) / 1000, 'longitude' => 8.54 + $v / 100, 'bearing' => ($i * 9) % 360, 'speed' => 6.5],
                        'current_stop_sequence' => 3 + $i % 20,
                        'current_status' => ['INCOMING_AT', 'STOPPED_AT', 'IN_TRANSIT_TO'][$i % 3],
                        'timestamp' => $ts - $v,
                        'occupancy_status' => 'MANY_SEATS_AVAILABLE',
                    ],
                ];
            }

            return new ServerRequest('POST', '/ingest/vehicle-positions', [
                'content-type' => 'application/json',
                'x-operator' => $op,
            ], json_encode(['header' => ['gtfs_realtime_version' => '2.0', 'timestamp' => $ts], 'entity' => $entities]));
        }

        public function respond(int $status, string $body, array $headers = []): void
        {
            $this->lastResponse = [$status, strlen($body)];
        }
    }
}

namespace Transit\Realtime {

    final class VehiclePosition
    {
        public function __construct(
            public readonly string $entityId,
            public readonly string $vehicleId,
            public readonly string $tripId,
            public readonly string $routeId,
            public readonly float $lat,
            public readonly float $lon,
            public readonly int $bearing,
            public readonly string $status,
            public readonly int $timestamp,
            public readonly string $occupancy,
        ) {
        }
    }

    final class VehiclePositionMapper
    {
        /** @return list<VehiclePosition> */
        public function fromFeed(array $feed): array
        {
            $out = [];
            foreach ($feed['entity'] ?? [] as $entity) {
                $vp = $entity['vehicle'] ?? null;
                if ($vp === null || !isset($vp['position'])) {
                    continue;
                }
                $out[] = new VehiclePosition(
                    $entity['id'],
                    $vp['vehicle']['id'] ?? 'unknown',
                    $vp['trip']['trip_id'] ?? '',
                    $vp['trip']['route_id'] ?? '',
                    (float) $vp['position']['latitude'],
                    (float) $vp['position']['longitude'],
                    (int) ($vp['position']['bearing'] ?? 0),
                    $vp['current_status'] ?? 'IN_TRANSIT_TO',
                    (int) ($vp['timestamp'] ?? 0),
                    $vp['occupancy_status'] ?? 'NO_DATA_AVAILABLE',
                );
            }

            return $out;
        }
    }

    /**
     * Builds the public view of a vehicle once per entity object; the GeoJSON
     * writer and the SIRI summary both ask for it.
     */
    final class PositionProjector
    {
        /** @var array<int, array{for: VehiclePosition, view: array}> */
        private array $views = [];

        public function __construct(private string $timezone)
        {
        }

        public function view(VehiclePosition $position): array
        {
            $handle = spl_object_id($position);
            $hit = $this->views[$handle] ?? null;
            if ($hit !== null && $hit['for'] === $position) {
                return $hit['view'];
            }

            $view = $this->project($position);
            $this->views[$handle] = ['for' => $position, 'view' => $view]; // leak

            return $view;
        }

        private function project(VehiclePosition $p): array
        {
            $local = (new \DateTimeImmutable('@' . $p->timestamp))->setTimezone(new \DateTimeZone($this->timezone));

            return [
                'vehicle' => $p->vehicleId,
                'trip' => $p->tripId,
                'line' => $p->routeId,
                'status' => strtolower(str_replace('_', ' ', $p->status)),
                'seen_at' => $local->format(DATE_ATOM),
                'occupancy' => ucfirst(strtolower(str_replace('_', ' ', $p->occupancy))),
                'coordinates' => [round($p->lon, 6), round($p->lat, 6)],
            ];
        }
    }

    final class GeoJsonWriter
    {
        public function __construct(private PositionProjector $projector)
        {
        }

        /** @param list<VehiclePosition> $positions */
        public function collection(array $positions): array
        {
            $features = [];
            foreach ($positions as $p) {
                $view = $this->projector->view($p);
                $features[] = [
                    'type' => 'Feature',
                    'id' => $p->entityId,
                    'geometry' => ['type' => 'Point', 'coordinates' => $view['coordinates']],
                    'properties' => array_diff_key($view, ['coordinates' => true]),
                ];
            }

            return ['type' => 'FeatureCollection', 'features' => $features];
        }
    }

    final class SiriVmSummary
    {
        public function __construct(private PositionProjector $projector)
        {
        }

        /** @param list<VehiclePosition> $positions */
        public function lines(array $positions): array
        {
            $lines = [];
            foreach ($positions as $p) {
                $view = $this->projector->view($p);
                $lines[] = sprintf('%s line %s %s (%s)', $view['vehicle'], $view['line'], $view['status'], $view['seen_at']);
            }

            return $lines;
        }
    }

    final class IngestHandler
    {
        public function __construct(
            private VehiclePositionMapper $mapper,
            private GeoJsonWriter $geoJson,
            private SiriVmSummary $siri,
        ) {
        }

        /** @return array{0: int, 1: string} */
        public function handle(\Spiral\RoadRunner\Http\ServerRequest $request): array
        {
            $feed = json_decode($request->body, true, 32, JSON_THROW_ON_ERROR);
            $positions = $this->mapper->fromFeed($feed);

            return [202, json_encode([
                'operator' => $request->getHeaderLine('X-Operator'),
                'geojson' => $this->geoJson->collection($positions),
                'siri' => $this->siri->lines($positions),
            ])];
        }
    }
}

namespace {
    use Spiral\RoadRunner\Http\PSR7Worker;
    use Transit\Realtime\GeoJsonWriter;
    use Transit\Realtime\IngestHandler;
    use Transit\Realtime\PositionProjector;
    use Transit\Realtime\SiriVmSummary;
    use Transit\Realtime\VehiclePositionMapper;

    $projector = new PositionProjector('Europe/Zurich');
    $handler = new IngestHandler(new VehiclePositionMapper(), new GeoJsonWriter($projector), new SiriVmSummary($projector));
    $worker = new PSR7Worker();

    while ($request = $worker->waitRequest()) {
        try {
            [$status, $body] = $handler->handle($request);
            $worker->respond($status, $body, ['Content-Type' => 'application/geo+json']);
        } catch (\Throwable $e) {
            $worker->respond(500, $e->getMessage());
        }
    }
}
