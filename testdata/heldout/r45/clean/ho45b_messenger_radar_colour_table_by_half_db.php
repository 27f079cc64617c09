<?php

declare(strict_types=1);

namespace Symfony\Component\Messenger\Attribute {
    #[\Attribute(\Attribute::TARGET_CLASS | \Attribute::TARGET_METHOD)]
    class AsMessageHandler
    {
        public function __construct(public ?string $bus = null, public ?string $fromTransport = null, public ?string $handles = null)
        {
        }
    }
}

namespace Symfony\Component\Messenger {
    final class Envelope
    {
        /** @param array<class-string, list<object>> $stamps */
        public function __construct(private object $message, private array $stamps = [])
        {
        }

        public static function wrap(object $message): self
        {
            return $message instanceof self ? $message : new self($message);
        }

        public function with(object ...$stamps): self
        {
            $clone = clone $this;
            foreach ($stamps as $stamp) {
                $clone->stamps[$stamp::class][] = $stamp;
            }
            return $clone;
        }

        public function getMessage(): object
        {
            return $this->message;
        }
    }

    interface MessageBusInterface
    {
        public function dispatch(object $message, array $stamps = []): Envelope;
    }

    class MessageBus implements MessageBusInterface
    {
        /** @param iterable<Middleware\MiddlewareInterface> $middlewareHandlers */
        public function __construct(private iterable $middlewareHandlers = [])
        {
        }

        public function dispatch(object $message, array $stamps = []): Envelope
        {
            $envelope = Envelope::wrap($message)->with(...$stamps);
            foreach ($this->middlewareHandlers as $middleware) {
                $envelope = $middleware->handle($envelope);
            }
            return $envelope;
        }
    }

    class Worker
    {
        private bool $shouldStop = false;

        /** @param array<string, Transport\Receiver\ReceiverInterface> $receivers */
        public function __construct(private array $receivers, private MessageBusInterface $bus)
        {
        }

        public function run(array $options = []): void
        {
            $limit = $options['limit'] ?? PHP_INT_MAX;
            $handled = 0;
            while (!$this->shouldStop) {
                foreach ($this->receivers as $transportName => $receiver) {
                    foreach ($receiver->get() as $envelope) {
                        $this->bus->dispatch($envelope->with(new Stamp\ReceivedStamp($transportName)));
                        $receiver->ack($envelope);
                        if (++$handled >= $limit) {
                            $this->stop();
                            break 2;
                        }
                    }
                }
            }
        }

        public function stop(): void
        {
            $this->shouldStop = true;
        }
    }
}

namespace Symfony\Component\Messenger\Stamp {
    final class ReceivedStamp
    {
        public function __construct(public readonly string $transportName)
        {
        }
    }
}

namespace Symfony\Component\Messenger\Transport\Receiver {
    use Symfony\Component\Messenger\Envelope;

    interface ReceiverInterface
    {
        /** @return iterable<Envelope> */
        public function get(): iterable;

        public function ack(Envelope $envelope): void;

        public function reject(Envelope $envelope): void;
    }
}

namespace Symfony\Component\Messenger\Middleware {
    use Symfony\Component\Messenger\Envelope;
    use Symfony\Component\Messenger\Handler\HandlersLocator;

    interface MiddlewareInterface
    {
        public function handle(Envelope $envelope): Envelope;
    }

    class HandleMessageMiddleware implements MiddlewareInterface
    {
        public function __construct(private HandlersLocator $handlersLocator)
        {
        }

        public function handle(Envelope $envelope): Envelope
        {
            $message = $envelope->getMessage();
            foreach ($this->handlersLocator->getHandlers($message) as $handler) {
                $handler($message);
            }
            return $envelope;
        }
    }
}

namespace Symfony\Component\Messenger\Handler {
    class HandlersLocator
    {
        /** @param array<class-string, list<callable>> $handlers */
        public function __construct(private array $handlers)
        {
        }

        /** @return iterable<callable> */
        public function getHandlers(object $message): iterable
        {
            return $this->handlers[$message::class] ?? [];
        }
    }
}

namespace App\Message {
    /** Published by the LDM bridge once a level-II volume scan has been decoded. */
    final class RadarVolumeDecoded
    {
        /** @param list<float> $sweepMaxima */
        public function __construct(
            public readonly string $site,
            public readonly string $product,
            public readonly string $volumeStart,
            public readonly float $elevationDeg,
            public readonly float $calibrationDb,
            public readonly array $sweepMaxima,
        ) {
        }
    }
}

namespace App\Radar {
    enum Product: string
    {
        case BaseReflectivity = 'N0B';
        case BaseVelocity = 'N0G';
        case DifferentialReflectivity = 'N0X';
        case CorrelationCoefficient = 'N0C';

        /** @return array{0: float, 1: float, 2: int} first threshold, step, number of levels */
        public function scale(): array
        {
            return match ($this) {
                self::BaseReflectivity => [-30.0, 5.0, 18],
                self::BaseVelocity => [-64.0, 8.0, 17],
                self::DifferentialReflectivity => [-4.0, 0.5, 17],
                self::CorrelationCoefficient => [0.2, 0.05, 17],
            };
        }
    }

    /**
     * Threshold → RGBA table for a product, shifted by the site's current
     * calibration so the legend lines up with the corrected moments.
     */
    function colour_table(Product $product, float $offsetDb): array
    {
        static $tables = [];

        // Legend boundaries are drawn in half-dB steps; sites outside +/-3 dB
        // are flagged by the ROC and rendered with the nearest legend.
        $offsetDb = max(-3.0, min(3.0, round($offsetDb * 2) / 2));
        $key = $product->value . ':' . $offsetDb;
        if (!isset($tables[$key])) {
            $tables[$key] = build_colour_table($product, $offsetDb);
        }
        return $tables[$key];
    }

    function build_colour_table(Product $product, float $offsetDb): array
    {
        [$first, $step, $levels] = $product->scale();
        $table = [];
        for ($i = 0; $i < $levels; $i++) {
            $t = $i / max(1, $levels - 1);
            $table[] = [
                'min' => round($first + $i * $step + $offsetDb, 2),
                'rgba' => sprintf('#%02x%02x%02x%02x', (int) (255 * $t), (int) (255 * (1 - abs(0.5 - $t) * 2)), (int) (255 * (1 - $t)), $i === 0 ? 0 : 255),
            ];
        }
        return $table;
    }

    final class RenderedFrame
    {
        public function __construct(
            public readonly string $site,
            public readonly Product $product,
            public readonly string $volumeStart,
            public readonly string $legendDigest,
            public readonly int $colouredBins,
        ) {
        }
    }

    class FrameRenderer
    {
        public function render(string $site, Product $product, string $volumeStart, float $calibrationDb, array $sweepMaxima): RenderedFrame
        {
            $table = colour_table($product, $calibrationDb);
            $coloured = 0;
            foreach ($sweepMaxima as $value) {
                foreach ($table as $level) {
                    if ($value < $level['min']) {
                        break;
                    }
                }
                $coloured++;
            }
            return new RenderedFrame($site, $product, $volumeStart, md5(json_encode($table)), $coloured);
        }
    }

    /** Most recent frame per site, read by the mosaic compositor. */
    class LatestFrames
    {
        /** @var array<string, RenderedFrame> */
        private array $bySite = [];

        public function put(RenderedFrame $frame): void
        {
            $this->bySite[$frame->site . '/' . $frame->product->value] = $frame;
        }
    }
}

namespace App\MessageHandler {
    use App\Message\RadarVolumeDecoded;
    use App\Radar\FrameRenderer;
    use App\Radar\LatestFrames;
    use App\Radar\Product;
    use Symfony\Component\Messenger\Attribute\AsMessageHandler;

    #[AsMessageHandler(fromTransport: 'radar')]
    final class RenderRadarFrameHandler
    {
        private const SITES = ['KTLX', 'KINX', 'KFDR', 'KVNX', 'KDDC', 'KICT', 'KSRX', 'KLZK'];

        public function __construct(
            private readonly FrameRenderer $renderer,
            private readonly LatestFrames $latest,
        ) {
        }

        public function __invoke(RadarVolumeDecoded $message): void
        {
            if (!in_array($message->site, self::SITES, true)) {
                return;
            }
            $product = Product::from($message->product);

            $frame = $this->renderer->render(
                $message->site,
                $product,
                $message->volumeStart,
                $message->calibrationDb,
                $message->sweepMaxima,
            );

            $this->latest->put($frame);
        }
    }
}

namespace App\Transport {
    use App\Message\RadarVolumeDecoded;
    use Symfony\Component\Messenger\Envelope;
    use Symfony\Component\Messenger\Transport\Receiver\ReceiverInterface;

    /** Pulls decoded volumes off the LDM bridge queue. */
    final class LdmBridgeReceiver implements ReceiverInterface
    {
        private const SITES = ['KTLX', 'KINX', 'KFDR', 'KVNX', 'KDDC', 'KICT', 'KSRX', 'KLZK'];
        private const PRODUCTS = ['N0B', 'N0G', 'N0X', 'N0C'];

        private int $sequence = 0;

        public function get(): iterable
        {
            $n = $this->sequence++;
            $maxima = [];
            for ($s = 0; $s < 6; $s++) {
                $maxima[] = round(10 + (($n * 7 + $s * 13) % 60) - 20, 1);
            }
            yield new Envelope(new RadarVolumeDecoded(
                site: self::SITES[intdiv($n, 4) % 8],
                product: self::PRODUCTS[$n % 4],
                volumeStart: gmdate('Y-m-d\TH:i:s\Z', 1717200000 + $n * 270),
                elevationDeg: 0.5,
                calibrationDb: 2.6 * sin($n * 1.3),
                sweepMaxima: $maxima,
            ));
        }

        public function ack(Envelope $envelope): void
        {
        }

        public function reject(Envelope $envelope): void
        {
        }
    }
}

namespace {
    use App\Message\RadarVolumeDecoded;
    use App\MessageHandler\RenderRadarFrameHandler;
    use App\Radar\FrameRenderer;
    use App\Radar\LatestFrames;
    use App\Transport\LdmBridgeReceiver;
    use Symfony\Component\Messenger\Handler\HandlersLocator;
    use Symfony\Component\Messenger\MessageBus;
    use Symfony\Component\Messenger\Middleware\HandleMessageMiddleware;
    use Symfony\Component\Messenger\Worker;

    // bin/console messenger:consume radar --limit=N
    $handler = new RenderRadarFrameHandler(new FrameRenderer(), new LatestFrames());
    $bus = new MessageBus([
        new HandleMessageMiddleware(new HandlersLocator([
            RadarVolumeDecoded::class => [$handler],
        ])),
    ]);
    $worker = new Worker(['radar' => new LdmBridgeReceiver()], $bus);
    $worker->run(['limit' => (int) (getenv('PHPLEAK_N') ?: 100)]);
}
