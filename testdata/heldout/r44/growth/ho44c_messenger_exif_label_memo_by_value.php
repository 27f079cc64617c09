<?php

// photo-metadata consumer: `bin/console messenger:consume exif` in one file.

namespace Symfony\Component\Messenger\Attribute {
    #[\Attribute(\Attribute::TARGET_CLASS | \Attribute::TARGET_METHOD)]
    final class AsMessageHandler
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

        public function getMessage(): object
        {
            return $this->message;
        }

        public function with(object $stamp): self
        {
            $clone = clone $this;
            $clone->stamps[$stamp::class][] = $stamp;

            return $clone;
        }
    }

    interface MessageBusInterface
    {
        public function dispatch(object $message, array $stamps = []): Envelope;
    }
}

namespace Symfony\Component\Messenger\Handler {
    final class HandlersLocator
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

namespace Symfony\Component\Messenger\Middleware {
    use Symfony\Component\Messenger\Envelope;
    use Symfony\Component\Messenger\Handler\HandlersLocator;

    final class HandleMessageMiddleware
    {
        public function __construct(private HandlersLocator $handlersLocator)
        {
        }

        public function handle(Envelope $envelope): Envelope
        {
            foreach ($this->handlersLocator->getHandlers($envelope->getMessage()) as $handler) {
                $handler($envelope->getMessage());
            }

            return $envelope;
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
    }
}

namespace Symfony\Component\Messenger {
    use Symfony\Component\Messenger\Middleware\HandleMessageMiddleware;
    use Symfony\Component\Messenger\Transport\Receiver\ReceiverInterface;

    final class MessageBus implements MessageBusInterface
    {
        /** @param iterable<HandleMessageMiddleware> $middlewareHandlers */
        public function __construct(private iterable $middlewareHandlers)
        {
        }

        public function dispatch(object $message, array $stamps = []): Envelope
        {
            $envelope = $message instanceof Envelope ? $message : new Envelope($message);
            foreach ($this->middlewareHandlers as $middleware) {
                $envelope = $middleware->handle($envelope);
            }

            return $envelope;
        }
    }

    final class Worker
    {
        /** @param array<string, ReceiverInterface> $receivers */
        public function __construct(private array $receivers, private MessageBusInterface $bus)
        {
        }

        public function run(): void
        {
            // --limit, as passed by the supervisor program definition
            $limit = (int) (getenv('PHPLEAK_N') ?: 100);
            $handled = 0;

            while ($handled < $limit) {
                foreach ($this->receivers as $receiver) {
                    foreach ($receiver->get() as $envelope) {
                        $this->bus->dispatch($envelope);
                        $receiver->ack($envelope);
                        $handled++;
                    }
                }
            }
        }
    }
}

namespace Doctrine\DBAL {
    class Connection
    {
        private int $affected = 0;

        public function executeStatement(string $sql, array $params = []): int
        {
            // network round-trip to the metadata database
            $this->affected += count($params) > 0 ? 1 : 0;

            return 1;
        }
    }
}

namespace App\Message {
    final class ExtractPhotoMetadata
    {
        /** @param array<int, string|int|list<string>> $exif raw IFD0/ExifIFD/GPS entries keyed by tag id */
        public function __construct(
            public readonly string $photoId,
            public readonly string $storageKey,
            public readonly array $exif,
        ) {
        }
    }
}

namespace App\Exif {
    final class ExifTag
    {
        public const MAKE = 0x010F;
        public const MODEL = 0x0110;
        public const ORIENTATION = 0x0112;
        public const EXPOSURE_TIME = 0x829A;
        public const F_NUMBER = 0x829D;
        public const ISO = 0x8827;
        public const DATE_TIME_ORIGINAL = 0x9003;
        public const FOCAL_LENGTH = 0x920A;
        public const IMAGE_UNIQUE_ID = 0xA420;
        public const LENS_MODEL = 0xA434;
        public const GPS_LATITUDE = 0x8802;
        public const GPS_LONGITUDE = 0x8804;

        /** Tags we show in the photo's "details" panel. */
        public const DISPLAYED = [
            self::MAKE => 'Camera maker',
            self::MODEL => 'Camera',
            self::ORIENTATION => 'Orientation',
            self::EXPOSURE_TIME => 'Exposure',
            self::F_NUMBER => 'Aperture',
            self::ISO => 'ISO',
            self::DATE_TIME_ORIGINAL => 'Taken',
            self::FOCAL_LENGTH => 'Focal length',
            self::IMAGE_UNIQUE_ID => 'Image ID',
            self::LENS_MODEL => 'Lens',
            self::GPS_LATITUDE => 'Latitude',
            self::GPS_LONGITUDE => 'Longitude',
        ];
    }

    function exif_label_pattern(int $tag): string
    {
        return match ($tag) {
            ExifTag::EXPOSURE_TIME => '%s: %s s',
            ExifTag::F_NUMBER => '%s: ƒ/%s',
            ExifTag::FOCAL_LENGTH => '%s: %s mm',
            ExifTag::GPS_LATITUDE, ExifTag::GPS_LONGITUDE => '%s: %s°',
            default => '%s: %s',
        };
    }

    function exif_normalize(int $tag, string $raw): string
    {
        return match ($tag) {
            ExifTag::DATE_TIME_ORIGINAL => (\DateTimeImmutable::createFromFormat('Y:m:d H:i:s', $raw) ?: new \DateTimeImmutable('@0'))->format('j M Y, H:i:s'),
            ExifTag::GPS_LATITUDE, ExifTag::GPS_LONGITUDE => exif_dms_to_decimal($raw),
            ExifTag::F_NUMBER, ExifTag::FOCAL_LENGTH => exif_rational($raw),
            default => trim($raw),
        };
    }

    function exif_rational(string $raw): string
    {
        [$num, $den] = array_map('intval', explode('/', $raw . '/1'));

        return rtrim(rtrim(number_format($num / max(1, $den), 2, '.', ''), '0'), '.');
    }

    function exif_dms_to_decimal(string $raw): string
    {
        $parts = array_map('floatval', array_map('App\Exif\exif_rational', explode(' ', $raw)));
        [$deg, $min, $sec] = $parts + [0.0, 0.0, 0.0];

        return number_format($deg + $min / 60 + $sec / 3600, 6, '.', '');
    }

    /**
     * Human label for one EXIF entry, e.g. "Aperture: ƒ/2.8". Consumers label
     * the same camera settings over and over, so labels are memoized for the
     * life of the consumer.
     */
    function exif_label(int $tag, string|int|array $value): ?string
    {
        static $labels = [];

        if (!isset(ExifTag::DISPLAYED[$tag])) {
            return null;
        }

        $raw = is_array($value) ? implode(' ', $value) : (string) $value;
        $cacheKey = $tag . '|' . $raw;

        if (!isset($labels[$cacheKey])) {
            $labels[$cacheKey] = sprintf(exif_label_pattern($tag), ExifTag::DISPLAYED[$tag], exif_normalize($tag, $raw)); // leak
        }

        return $labels[$cacheKey];
    }
}

namespace App\MessageHandler {
    use App\Message\ExtractPhotoMetadata;
    use Doctrine\DBAL\Connection;
    use Symfony\Component\Messenger\Attribute\AsMessageHandler;

    use function App\Exif\exif_label;

    #[AsMessageHandler(fromTransport: 'exif')]
    final class ExtractPhotoMetadataHandler
    {
        public function __construct(private Connection $connection)
        {
        }

        public function __invoke(ExtractPhotoMetadata $message): void
        {
            $details = [];
            foreach ($message->exif as $tag => $value) {
                $label = exif_label($tag, $value);
                if ($label !== null) {
                    $details[] = $label;
                }
            }

            $this->connection->executeStatement(
                'UPDATE photo SET exif_details = :details, exif_extracted_at = NOW() WHERE id = :id',
                ['details' => json_encode($details, JSON_UNESCAPED_UNICODE), 'id' => $message->photoId],
            );
        }
    }
}

namespace App\Transport {
    use App\Exif\ExifTag;
    use App\Message\ExtractPhotoMetadata;
    use Symfony\Component\Messenger\Envelope;
    use Symfony\Component\Messenger\Transport\Receiver\ReceiverInterface;

    /**
     * Upload pipeline queue ("exif" transport). Each fetch returns the next
     * message published by the upload service after the original landed in
     * storage.
     */
    final class UploadEventsReceiver implements ReceiverInterface
    {
        private int $offset = 0;

        private const CAMERAS = [
            ['FUJIFILM', 'X-T5', 'XF16-55mmF2.8 R LM WR'],
            ['Apple', 'iPhone 15 Pro', 'iPhone 15 Pro back triple camera 6.86mm f/1.78'],
            ['SONY', 'ILCE-7M4', 'FE 24-70mm F2.8 GM II'],
            ['Canon', 'Canon EOS R6m2', 'RF24-105mm F4 L IS USM'],
        ];

        public function get(): iterable
        {
            $n = $this->offset++;
            [$make, $model, $lens] = self::CAMERAS[$n % 4];
            $photoId = sprintf('%08x-%04x-4%03x-a%03x-%012x', 0x5eed0000 + $n, $n % 0xffff, $n % 0xfff, ($n * 7) % 0xfff, $n * 7919);

            yield new Envelope(new ExtractPhotoMetadata($photoId, "originals/{$photoId}.jpg", [
                ExifTag::MAKE => $make,
                ExifTag::MODEL => $model,
                ExifTag::ORIENTATION => 1 + $n % 8,
                ExifTag::EXPOSURE_TIME => ['1/60', '1/125', '1/250', '1/1000'][$n % 4],
                ExifTag::F_NUMBER => ['28/10', '40/10', '56/10'][$n % 3],
                ExifTag::ISO => [100, 200, 400, 800, 1600][$n % 5],
                ExifTag::DATE_TIME_ORIGINAL => date('Y:m:d H:i:s', 1717200000 + $n * 97),
                ExifTag::FOCAL_LENGTH => ['24/1', '35/1', '50/1', '70/1'][$n % 4],
                ExifTag::IMAGE_UNIQUE_ID => md5('shutter-' . $n),
                ExifTag::LENS_MODEL => $lens,
                ExifTag::GPS_LATITUDE => [(string) (40 + $n % 20) . '/1', (string) ($n % 60) . '/1', (string) (($n * 13) % 6000) . '/100'],
                ExifTag::GPS_LONGITUDE => [(string) ($n % 30) . '/1', (string) (($n * 7) % 60) . '/1', (string) (($n * 31) % 6000) . '/100'],
                0x927C => str_repeat("\x00", 16), // MakerNote, not displayed
            ]));
        }

        public function ack(Envelope $envelope): void
        {
        }
    }
}

namespace {
    use App\MessageHandler\ExtractPhotoMetadataHandler;
    use App\Message\ExtractPhotoMetadata;
    use App\Transport\UploadEventsReceiver;
    use Doctrine\DBAL\Connection;
    use Symfony\Component\Messenger\Handler\HandlersLocator;
    use Symfony\Component\Messenger\MessageBus;
    use Symfony\Component\Messenger\Middleware\HandleMessageMiddleware;
    use Symfony\Component\Messenger\Worker;

    // What the compiled container wires for messenger.bus.default.
    $connection = new Connection();
    $bus = new MessageBus([
        new HandleMessageMiddleware(new HandlersLocator([
            ExtractPhotoMetadata::class => [new ExtractPhotoMetadataHandler($connection)],
        ])),
    ]);

    $worker = new Worker(['exif' => new UploadEventsReceiver()], $bus);
    $worker->run();
}
