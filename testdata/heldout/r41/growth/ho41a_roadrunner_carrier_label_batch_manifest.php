<?php

declare(strict_types=1);

namespace Spiral\RoadRunner\Http {
    // Stand-in for the RoadRunner PSR worker: hands out decoded requests
    // until the pool stops the process.
    final class PSR7Worker
    {
        private int $served = 0;

        public function __construct(private int $limit, private \Closure $source)
        {
        }

        public function waitRequest(): ?array
        {
            return $this->served < $this->limit ? ($this->source)($this->served++) : null;
        }

        public function respond(int $status, string $body): void
        {
        }
    }
}

namespace Shipping\Label {
    final class Label
    {
        public function __construct(
            public readonly string $trackingNumber,
            public readonly string $carrier,
            public readonly string $service,
            public readonly string $manifestId,
            public readonly string $zpl,
        ) {
        }
    }

    interface CarrierGateway
    {
        /** @param list<Label> $labels */
        public function submitBatch(string $carrier, array $labels): string;
    }

    final class NullCarrierGateway implements CarrierGateway
    {
        public int $batches = 0;

        public function submitBatch(string $carrier, array $labels): string
        {
            $this->batches++;

            return $carrier . '-BATCH-' . $this->batches;
        }
    }

    /**
     * Carriers bill per API call, so labels are held until a full batch can
     * go out in one request.
     */
    final class LabelBatcher
    {
        /** @var array<string, list<Label>> */
        private array $pending = [];

        public function __construct(
            private CarrierGateway $gateway,
            private int $batchSize,
        ) {
        }

        public function add(Label $label): ?string
        {
            $key = $this->batchKey($label);
            $this->pending[$key][] = $label; // leak

            if (\count($this->pending[$key]) >= $this->batchSize) {
                return $this->flush($key);
            }

            return null;
        }

        private function flush(string $key): string
        {
            $labels = $this->pending[$key];
            unset($this->pending[$key]);

            return $this->gateway->submitBatch($labels[0]->carrier, $labels);
        }

        private function batchKey(Label $label): string
        {
            return sprintf('%s/%s', $label->carrier, $label->manifestId);
        }
    }

    final class ZplRenderer
    {
        public function render(array $shipment): string
        {
            return "^XA^CF0,40^FO40,40^FD{$shipment['carrier']} {$shipment['service']}^FS"
                . "^FO40,100^FD{$shipment['recipient']}^FS^FO40,150^FD{$shipment['street']}^FS"
                . "^FO40,200^FD{$shipment['postcode']} {$shipment['city']}^FS"
                . "^BY3^FO40,260^BCN,120,Y,N,N^FD{$shipment['tracking']}^FS"
                . '^FO40,420^GB700,3,3^FS^FO40,440^FDREF ' . $shipment['reference'] . '^FS^XZ';
        }
    }
}

namespace App {
    use Shipping\Label\Label;
    use Shipping\Label\LabelBatcher;
    use Shipping\Label\NullCarrierGateway;
    use Shipping\Label\ZplRenderer;
    use Spiral\RoadRunner\Http\PSR7Worker;

    final class CreateLabelAction
    {
        private const SERVICES = ['standard', 'express', 'economy'];

        public function __construct(private ZplRenderer $renderer, private LabelBatcher $batcher)
        {
        }

        public function __invoke(array $shipment): array
        {
            $service = \in_array($shipment['service'], self::SERVICES, true) ? $shipment['service'] : 'standard';
            $shipment['service'] = $service;

            $label = new Label(
                $shipment['tracking'],
                $shipment['carrier'],
                $service,
                $shipment['manifest'],
                $this->renderer->render($shipment),
            );

            return [202, json_encode(['tracking' => $label->trackingNumber, 'batch' => $this->batcher->add($label)])];
        }
    }

    $action = new CreateLabelAction(new ZplRenderer(), new LabelBatcher(new NullCarrierGateway(), 20));

    $carriers = ['DHL', 'UPS', 'GLS'];
    $services = ['standard', 'express', 'economy'];
    $worker = new PSR7Worker((int) (getenv('PHPLEAK_N') ?: 100), fn (int $i): array => [
        'tracking' => sprintf('1Z%04X%010d', $i % 65535, 7_300_000_000 + $i),
        'carrier' => $carriers[$i % 3],
        'service' => $services[intdiv($i, 3) % 3],
        'manifest' => 'MAN-' . date('Ymd', 1_700_000_000) . '-' . (1000 + $i),
        'recipient' => 'Recipient ' . (31 * $i % 997),
        'street' => (($i % 120) + 1) . ' Harbour Road',
        'postcode' => sprintf('%05d', 10000 + $i % 80000),
        'city' => 'Rotterdam',
        'reference' => 'ORD-' . (620000 + $i),
    ]);

    while (($request = $worker->waitRequest()) !== null) {
        [$status, $body] = $action($request);
        $worker->respond($status, $body);
    }
}
