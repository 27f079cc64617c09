<?php

declare(strict_types=1);

namespace Lite\Twig;

/** Compiled form of a template: literal chunks and the variables between them. */
final class Template
{
    /** @param list<string|array{var: string, filters: list<string>}> $nodes */
    public function __construct(public readonly string $name, private readonly array $nodes)
    {
    }

    public function render(array $context): string
    {
        $out = '';
        foreach ($this->nodes as $node) {
            if (is_string($node)) {
                $out .= $node;
                continue;
            }
            $value = (string) ($context[$node['var']] ?? '');
            foreach ($node['filters'] as $filter) {
                $value = match ($filter) {
                    'upper' => strtoupper($value),
                    'title' => ucwords($value),
                    default => htmlspecialchars($value),
                };
            }
            $out .= $value;
        }

        return $out;
    }
}

/** Stand-in of Twig\Environment: compiled templates are kept by class name for the worker's lifetime. */
final class Environment
{
    /** @var array<string, Template> */
    private array $loadedTemplates = [];

    /** @param array<string, string> $templates */
    public function __construct(private readonly array $templates = [])
    {
    }

    public function render(string $name, array $context = []): string
    {
        return $this->load($name, $this->templates[$name])->render($context);
    }

    public function createTemplate(string $source, ?string $name = null): Template
    {
        $hash = hash('xxh128', $source);

        return $this->load($name ?? "__string_template__{$hash}", $source);
    }

    private function load(string $name, string $source): Template
    {
        $class = '__TwigTemplate_' . hash('xxh128', $name . "\0" . $source);

        return $this->loadedTemplates[$class] ??= $this->compile($name, $source); // leak
    }

    private function compile(string $name, string $source): Template
    {
        $nodes = [];
        foreach (preg_split('/(\{\{.*?\}\})/', $source, -1, PREG_SPLIT_DELIM_CAPTURE | PREG_SPLIT_NO_EMPTY) as $part) {
            if (preg_match('/^\{\{\s*(\w+)((?:\s*\|\s*\w+)*)\s*\}\}$/', $part, $m)) {
                $filters = array_values(array_filter(array_map('trim', explode('|', $m[2]))));
                $nodes[] = ['var' => $m[1], 'filters' => $filters];
            } else {
                $nodes[] = $part;
            }
        }

        return new Template($name, $nodes);
    }
}

namespace App\Notification;

use Lite\Twig\Environment;

final class Shipment
{
    public function __construct(
        public readonly string $orderNumber,
        public readonly string $customerName,
        public readonly string $carrier,
        public readonly string $trackingCode,
        public readonly string $eta,
    ) {
    }
}

final class ShipmentSmsComposer
{
    private const TEMPLATE = 'Hi {{ name|title }}, your order %s is on its way with {{ carrier|upper }}. '
        . 'Track it: https://track.shop.example/{{ tracking }} - expected {{ eta }}. Reply STOP to opt out.';

    public function __construct(private readonly Environment $twig)
    {
    }

    public function compose(Shipment $shipment): string
    {
        $template = $this->twig->createTemplate(sprintf(self::TEMPLATE, $shipment->orderNumber));

        return $template->render([
            'name' => $shipment->customerName,
            'carrier' => $shipment->carrier,
            'tracking' => $shipment->trackingCode,
            'eta' => $shipment->eta,
        ]);
    }
}

final class SmsGateway
{
    private int $sent = 0;

    public function send(string $to, string $body): void
    {
        if (strlen($body) > 0 && $to !== '') {
            $this->sent++;
        }
    }
}

final class SendShipmentSmsHandler
{
    public function __construct(private readonly ShipmentSmsComposer $composer, private readonly SmsGateway $gateway)
    {
    }

    /** @param array{order: string, name: string, phone: string, carrier: string, tracking: string} $job */
    public function handle(array $job): void
    {
        $shipment = new Shipment($job['order'], $job['name'], $job['carrier'], $job['tracking'], date('D j M', 1_700_000_000));
        $this->gateway->send($job['phone'], $this->composer->compose($shipment));
    }
}

namespace App;

use App\Notification\SendShipmentSmsHandler;
use App\Notification\ShipmentSmsComposer;
use App\Notification\SmsGateway;
use Lite\Twig\Environment;

$n = (int) (getenv('PHPLEAK_N') ?: 100);

$twig = new Environment();
$handler = new SendShipmentSmsHandler(new ShipmentSmsComposer($twig), new SmsGateway());

// queue:work loop
for ($i = 0; $i < $n; $i++) {
    $handler->handle([
        'order' => sprintf('#SO-%07d', 2_400_000 + $i),
        'name' => ['ada lovelace', 'grace hopper', 'alan turing'][$i % 3],
        'phone' => '+3161234' . str_pad((string) ($i % 1000), 4, '0', STR_PAD_LEFT),
        'carrier' => ['dhl', 'postnl', 'ups'][$i % 3],
        'tracking' => sprintf('3SABCD%010d', 7_000_000 + $i),
    ]);
}
