<?php
declare(strict_types=1);

/*
 * `bin/console messenger:consume moderation` for uploaded profile photos:
 * each ModerateProfilePhoto message is classified; rejected photos raise a
 * PhotoRejected event and the owner gets a push explaining why.
 */

namespace Symfony\Component\EventDispatcher {
    class EventDispatcher
    {
        private array $listeners = [];
        private array $sorted = [];

        public function addListener(string $eventName, callable $listener, int $priority = 0): void
        {
            $this->listeners[$eventName][$priority][] = $listener;
            unset($this->sorted[$eventName]);
        }

        public function removeListener(string $eventName, callable $listener): void
        {
            if (empty($this->listeners[$eventName])) {
                return;
            }
            foreach ($this->listeners[$eventName] as $priority => &$listeners) {
                foreach ($listeners as $k => $v) {
                    if ($v === $listener) {
                        unset($listeners[$k], $this->sorted[$eventName]);
                    }
                }
                if (!$listeners) {
                    unset($this->listeners[$eventName][$priority]);
                }
            }
            unset($listeners);
            if (!$this->listeners[$eventName]) {
                unset($this->listeners[$eventName]);
            }
        }

        public function getListeners(string $eventName): array
        {
            if (empty($this->listeners[$eventName])) {
                return [];
            }
            if (!isset($this->sorted[$eventName])) {
                krsort($this->listeners[$eventName]);
                $this->sorted[$eventName] = array_merge(...$this->listeners[$eventName]);
            }
            return $this->sorted[$eventName];
        }

        public function dispatch(object $event, ?string $eventName = null): object
        {
            foreach ($this->getListeners($eventName ?? $event::class) as $listener) {
                $listener($event, $eventName ?? $event::class, $this);
            }
            return $event;
        }
    }
}

namespace Symfony\Component\DependencyInjection {
    /** Stand-in for the ServiceLocator a handler gets through #[AutowireLocator]. */
    final class ServiceLocator
    {
        private array $resolved = [];

        /** @param array<string, callable(): object> $factories */
        public function __construct(private array $factories)
        {
        }

        public function has(string $id): bool
        {
            return isset($this->factories[$id]);
        }

        public function get(string $id): object
        {
            return $this->resolved[$id] ??= ($this->factories[$id])();
        }
    }
}

namespace Symfony\Component\Messenger {
    final class Envelope
    {
        public function __construct(private object $message, private array $stamps = [])
        {
        }

        public function getMessage(): object
        {
            return $this->message;
        }
    }

    /** Stand-in for the consume loop: PHPLEAK_N messages from the moderation transport. */
    final class Worker
    {
        /** @param array<class-string, callable> $handlers */
        public function __construct(private \Closure $receiver, private array $handlers)
        {
        }

        public function run(int $limit): void
        {
            for ($i = 0; $i < $limit; $i++) {
                $envelope = ($this->receiver)($i);
                $message = $envelope->getMessage();
                ($this->handlers[$message::class])($message);
            }
        }
    }
}

namespace App\Moderation {
    final class ModerateProfilePhoto
    {
        public function __construct(
            public readonly int $profileId,
            public readonly string $photoId,
            public readonly string $storageUrl,
            public readonly string $uploaderLocale,
            public readonly ?string $reportNote,
            public readonly \DateTimeImmutable $uploadedAt,
        ) {
        }
    }

    final class PhotoRejected
    {
        public function __construct(public readonly string $photoId, public readonly array $labels)
        {
        }
    }

    final class Verdict
    {
        public function __construct(public readonly bool $rejected, public readonly array $labels, public readonly float $confidence)
        {
        }
    }

    final class PhotoClassifier
    {
        private const LABELS = ['nudity', 'weapon', 'minor', 'text_overlay', 'group_photo', 'celebrity'];

        public function classify(ModerateProfilePhoto $message): Verdict
        {
            $h = crc32($message->photoId);
            $labels = [];
            foreach (self::LABELS as $k => $label) {
                if ((($h >> $k) & 7) === 0) {
                    $labels[] = $label;
                }
            }
            return new Verdict($labels !== [], $labels, ($h % 1000) / 1000);
        }
    }

    final class PushNotifier
    {
        private int $sent = 0;

        public function push(int $profileId, string $title, string $body): void
        {
            $this->sent += strlen($title . $body) > 0 ? 1 : 0;
        }
    }

    final class ModerationLog
    {
        private array $counts = ['approved' => 0, 'rejected' => 0];

        public function record(bool $rejected): void
        {
            $this->counts[$rejected ? 'rejected' : 'approved']++;
        }
    }

    final class ModerateProfilePhotoHandler
    {
        public function __construct(private readonly \Symfony\Component\DependencyInjection\ServiceLocator $services)
        {
        }

        public function __invoke(ModerateProfilePhoto $message): void
        {
            $dispatcher = $this->services->get('event_dispatcher');
            $listener = $this->explainRejection($message);
            $dispatcher->addListener(PhotoRejected::class, $listener, -16);

            try {
                $verdict = $this->services->get(PhotoClassifier::class)->classify($message);
                $this->services->get(ModerationLog::class)->record($verdict->rejected);
                if ($verdict->rejected && $verdict->confidence > 0.2) {
                    $dispatcher->dispatch(new PhotoRejected($message->photoId, $verdict->labels));
                }
            } finally {
                // The listener only concerns this message.
                $dispatcher->removeListener(PhotoRejected::class, $listener);
            }
        }

        private function explainRejection(ModerateProfilePhoto $message): \Closure
        {
            $notifier = $this->services->get(PushNotifier::class);

            return static function (PhotoRejected $event) use ($message, $notifier): void {
                if ($event->photoId !== $message->photoId) {
                    return;
                }
                $notifier->push(
                    $message->profileId,
                    $message->uploaderLocale === 'de_DE' ? 'Foto abgelehnt' : 'Photo not approved',
                    sprintf('Your photo from %s was removed (%s).', $message->uploadedAt->format('M j'), implode(', ', $event->labels)),
                );
            };
        }
    }
}

namespace {
    use App\Moderation\ModerateProfilePhoto;
    use App\Moderation\ModerateProfilePhotoHandler;
    use App\Moderation\ModerationLog;
    use App\Moderation\PhotoClassifier;
    use App\Moderation\PushNotifier;
    use Symfony\Component\DependencyInjection\ServiceLocator;
    use Symfony\Component\EventDispatcher\EventDispatcher;
    use Symfony\Component\Messenger\Envelope;
    use Symfony\Component\Messenger\Worker;

    $locator = new ServiceLocator([
        'event_dispatcher' => static fn () => new EventDispatcher(),
        PhotoClassifier::class => static fn () => new PhotoClassifier(),
        PushNotifier::class => static fn () => new PushNotifier(),
        ModerationLog::class => static fn () => new ModerationLog(),
    ]);

    $locales = ['en_US', 'de_DE', 'en_GB', 'es_ES'];
    $receiver = static function (int $i) use ($locales): Envelope {
        $profileId = 2_000_000 + $i * 17;
        return new Envelope(new ModerateProfilePhoto(
            $profileId,
            sprintf('ph_%s', bin2hex(random_bytes(10))),
            sprintf('s3://sparkd-uploads/profiles/%d/%s.jpg', $profileId, bin2hex(random_bytes(8))),
            $locales[$i % 4],
            $i % 9 === 0 ? "reported by match #{$i}: 'this is not the same person as in the other pics'" : null,
            new \DateTimeImmutable('@' . (1717000000 + $i * 61)),
        ));
    };

    $worker = new Worker($receiver, [ModerateProfilePhoto::class => new ModerateProfilePhotoHandler($locator)]);
    $worker->run((int) (getenv('PHPLEAK_N') ?: 100));
}
