<?php

declare(strict_types=1);

// FrankenPHP worker-mode endpoint that takes SCADA snapshots of one
// substation (a CIM-flavoured XML fragment) and turns them into normalised
// measurements for the state estimator.

if (!function_exists('frankenphp_handle_request')) {
    /** Stand-in for the SAPI function: serves PHPLEAK_N queued requests. */
    function frankenphp_handle_request(callable $handler): bool
    {
        static $served = 0;
        $limit = (int) (getenv('PHPLEAK_N') ?: 100);
        if ($served >= $limit) {
            return false;
        }
        $_SERVER['REQUEST_URI'] = '/scada/snapshot';
        $_SERVER['HTTP_X_SUBSTATION'] = sprintf('SS-%03d', $served % 40);
        $GLOBALS['__raw_body'] = scada_fixture($served);
        $served++;
        $handler();

        return true;
    }
}

function scada_fixture(int $i): string
{
    $rows = '';
    foreach (['Voltage' => 10.5 + ($i % 7) * 0.05, 'ActivePower' => 3.2 + ($i % 11) * 0.4, 'ReactivePower' => 0.8 + ($i % 5) * 0.1, 'Frequency' => 49.98 + ($i % 5) * 0.01] as $kind => $value) {
        $rows .= sprintf(
            '<cim:Analog mRID="%s-%s-%d"><cim:Measurement.measurementType>%s</cim:Measurement.measurementType>'
            . '<cim:AnalogValue.value>%.3f</cim:AnalogValue.value><cim:MeasurementValue.timeStamp>%s</cim:MeasurementValue.timeStamp></cim:Analog>',
            $kind,
            bin2hex(random_bytes(4)),
            $i,
            $kind,
            $value,
            gmdate('Y-m-d\TH:i:s\Z', 1717200000 + $i * 4),
        );
    }

    return '<rdf:RDF xmlns:cim="http://iec.ch/TC57/CIM100#">' . $rows . '</rdf:RDF>';
}

abstract class MeasurementDecoder
{
    /** @var WeakReference<SubstationFeed> the feed owns its decoders, not the other way round */
    private WeakReference $feedRef;

    public function __construct(SubstationFeed $feed)
    {
        $this->feedRef = WeakReference::create($feed);
    }

    protected function feed(): SubstationFeed
    {
        return $this->feedRef->get() ?? throw new LogicException('Decoder outlived its substation feed');
    }

    abstract public function decode(float $raw): float;
}

final class VoltageDecoder extends MeasurementDecoder
{
    public function decode(float $raw): float
    {
        return round($raw / $this->feed()->nominalKv(), 4); // per-unit
    }
}

final class PowerDecoder extends MeasurementDecoder
{
    public function decode(float $raw): float
    {
        return round($raw * $this->feed()->ctRatio(), 3);
    }
}

final class FrequencyDecoder extends MeasurementDecoder
{
    public function decode(float $raw): float
    {
        return round($raw - 50.0, 4);
    }
}

final class SubstationFeed
{
    private const DECODERS = [
        'Voltage' => VoltageDecoder::class,
        'ActivePower' => PowerDecoder::class,
        'ReactivePower' => PowerDecoder::class,
        'Frequency' => FrequencyDecoder::class,
    ];

    /** @var array<class-string, MeasurementDecoder> one per decoder class */
    private array $decoders = [];

    public function __construct(
        public readonly string $substation,
        private string $rawSnapshot,
        private float $nominalKv,
        private float $ctRatio,
    ) {
    }

    public function nominalKv(): float
    {
        return $this->nominalKv;
    }

    public function ctRatio(): float
    {
        return $this->ctRatio;
    }

    public function decoderFor(string $kind): MeasurementDecoder
    {
        $class = self::DECODERS[$kind];
        if (!isset($this->decoders[$class])) {
            $this->decoders[$class] = new $class($this);
        }

        return $this->decoders[$class];
    }

    /** @return array<string, float> */
    public function measurements(): array
    {
        preg_match_all(
            '~<cim:Measurement\.measurementType>(\w+)</cim:Measurement\.measurementType><cim:AnalogValue\.value>([-\d.]+)<~',
            $this->rawSnapshot,
            $matches,
            PREG_SET_ORDER,
        );
        $out = [];
        foreach ($matches as [, $kind, $value]) {
            $out[$kind] = $this->decoderFor($kind)->decode((float) $value);
        }

        return $out;
    }
}

final class StateEstimatorInbox
{
    private array $latestPerSubstation = [];

    /** @param array<string, float> $measurements */
    public function push(string $substation, array $measurements): void
    {
        // one slot per substation in the network model
        $this->latestPerSubstation[$substation] = $measurements;
    }
}

final class SubstationRegistry
{
    /** @return array{0: float, 1: float} nominal kV, CT ratio */
    public function ratings(string $substation): array
    {
        $n = (int) substr($substation, 3);

        return [$n % 2 === 0 ? 10.5 : 20.0, 1.0 + ($n % 4) * 0.5];
    }
}

// ---- boot (worker start) -------------------------------------------------
$registry = new SubstationRegistry();
$inbox = new StateEstimatorInbox();

$handler = static function () use ($registry, $inbox): void {
    $substation = $_SERVER['HTTP_X_SUBSTATION'];
    if (!preg_match('/^SS-\d{3}$/', $substation)) {
        http_response_code(400);

        return;
    }
    [$kv, $ct] = $registry->ratings($substation);
    $feed = new SubstationFeed($substation, $GLOBALS['__raw_body'], $kv, $ct);
    $inbox->push($substation, $feed->measurements());
};

$maxRequests = 100000;
for ($nbRequests = 0; $nbRequests < $maxRequests; $nbRequests++) {
    if (!frankenphp_handle_request($handler)) {
        break;
    }
}
