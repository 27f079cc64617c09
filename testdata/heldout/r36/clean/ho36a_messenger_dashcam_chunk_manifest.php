<?php

declare(strict_types=1);

// Symfony Messenger consumer (messenger:consume dashcam_uploads) that assembles
// multipart dashcam clip uploads: every message lists the chunks an in-cab
// camera pushed to object storage, the handler verifies them and records the
// clip.

final class Envelope
{
    /** @param array<string, object> $stamps */
    public function __construct(public readonly object $message, public readonly array $stamps = [])
    {
    }
}

interface MessageHandlerInterface
{
}

final class HandlersLocator
{
    /** @param array<class-string, callable> $handlers */
    public function __construct(private array $handlers)
    {
    }

    public function handlerFor(object $message): callable
    {
        return $this->handlers[$message::class];
    }
}

final class MessageBus
{
    public function __construct(private readonly HandlersLocator $locator)
    {
    }

    public function dispatch(Envelope $envelope): void
    {
        ($this->locator->handlerFor($envelope->message))($envelope->message);
    }
}

final class DashcamClipUploaded
{
    /** @param list<array{part:int, etag:string, bytes:int}> $parts */
    public function __construct(
        public readonly string $clipId,
        public readonly string $vehicleId,
        public readonly string $camera,
        public readonly string $trigger,
        public readonly array $parts,
    ) {
    }
}

final class UploadChunk
{
    private string $state = 'pending';
    /** @var \WeakReference<DashcamUpload> */
    private readonly \WeakReference $upload;

    public function __construct(
        DashcamUpload $upload,
        public readonly int $part,
        public readonly string $etag,
        public readonly int $bytes,
    ) {
        $this->upload = \WeakReference::create($upload);
    }

    public function objectKey(): string
    {
        $upload = $this->upload->get() ?? throw new \LogicException('Chunk outlived its upload');

        return sprintf('%s/%s/part-%03d', $upload->vehicleId, $upload->clipId, $this->part);
    }

    public function markVerified(): void
    {
        $this->state = 'verified';
    }

    public function isVerified(): bool
    {
        return $this->state === 'verified';
    }
}

final class DashcamUpload
{
    private \SplObjectStorage $chunks;

    public function __construct(
        public readonly string $clipId,
        public readonly string $vehicleId,
        public readonly string $camera,
        public readonly string $trigger,
    ) {
        $this->chunks = new \SplObjectStorage();
    }

    public function addChunk(UploadChunk $chunk): void
    {
        $this->chunks->attach($chunk, $chunk->objectKey());
    }

    /** @return iterable<UploadChunk> */
    public function chunks(): iterable
    {
        foreach ($this->chunks as $chunk) {
            yield $chunk;
        }
    }

    public function totalBytes(): int
    {
        $sum = 0;
        foreach ($this->chunks as $chunk) {
            $sum += $chunk->bytes;
        }

        return $sum;
    }
}

final class ChunkFactory
{
    public function fromPart(DashcamUpload $upload, array $part): UploadChunk
    {
        return new UploadChunk($upload, $part['part'], $part['etag'], $part['bytes']);
    }
}

final class ObjectStorageVerifier
{
    private int $checked = 0;

    public function verify(UploadChunk $chunk): bool
    {
        $this->checked++;

        return strlen($chunk->etag) === 34 && $chunk->bytes > 0;
    }
}

final class ClipCatalog
{
    /** @var array<string, int> clips per camera position */
    private array $countsByCamera = [];
    private int $bytes = 0;

    public function record(DashcamUpload $upload): void
    {
        $this->countsByCamera[$upload->camera] = ($this->countsByCamera[$upload->camera] ?? 0) + 1;
        $this->bytes += $upload->totalBytes();
    }
}

final class DashcamClipUploadedHandler implements MessageHandlerInterface
{
    public function __construct(
        private readonly ChunkFactory $chunks,
        private readonly ObjectStorageVerifier $verifier,
        private readonly ClipCatalog $catalog,
    ) {
    }

    public function __invoke(DashcamClipUploaded $message): void
    {
        $upload = new DashcamUpload($message->clipId, $message->vehicleId, $message->camera, $message->trigger);
        foreach ($message->parts as $part) {
            $upload->addChunk($this->chunks->fromPart($upload, $part));
        }

        foreach ($upload->chunks() as $chunk) {
            if ($this->verifier->verify($chunk)) {
                $chunk->markVerified();
            }
        }

        $this->catalog->record($upload);
    }
}

$handler = new DashcamClipUploadedHandler(new ChunkFactory(), new ObjectStorageVerifier(), new ClipCatalog());
$bus = new MessageBus(new HandlersLocator([DashcamClipUploaded::class => $handler]));

$cameras = ['road', 'cabin', 'rear'];
$triggers = ['harsh_brake', 'collision', 'manual', 'speeding'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);

for ($i = 0; $i < $n; $i++) {
    $parts = [];
    for ($p = 1; $p <= 2; $p++) {
        $parts[] = ['part' => $p, 'etag' => '"' . md5("clip-$i-$p") . '"', 'bytes' => 5_242_880 - ($i % 7) * 1024 * $p];
    }
    $bus->dispatch(new Envelope(new DashcamClipUploaded(
        sprintf('clip_%s', bin2hex(pack('N', 0x5eed0000 + $i))),
        sprintf('TRK-%05d', 1000 + ($i * 31) % 4000),
        $cameras[$i % 3],
        $triggers[$i % 4],
        $parts,
    )));
}
