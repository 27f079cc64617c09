<?php

declare(strict_types=1);

/*
 * queue:work process of an e-signature app. RenderPacketPreview jobs build
 * the recipient-facing signing packet from a contract template and store a
 * thumbnail of its first page and the packet digest for the "review and
 * sign" e-mail.
 */

interface ShouldQueue
{
}

final class QueueWorker
{
    private int $processed = 0;

    public function __construct(private Closure $resolve)
    {
    }

    /** @param Closure(int): ?array{0: class-string, 1: array} $pop */
    public function daemon(Closure $pop): void
    {
        while (($payload = $pop($this->processed)) !== null) {
            [$class, $data] = $payload;
            $job = new $class(...$data);
            ($this->resolve)($job);
            $this->processed++;
        }
    }
}

final class TemplateRepository
{
    private const TEMPLATES = [
        'nda' => [
            "MUTUAL NON-DISCLOSURE AGREEMENT between {company} and {counterparty}, effective {date}.",
            "1. Confidential Information. {counterparty} agrees to keep all information disclosed by {company} confidential.",
            "Signed for {counterparty} by {signer}: ____________________ Date: {date}",
        ],
        'msa' => [
            "MASTER SERVICES AGREEMENT entered into by {company} and {counterparty} on {date}.",
            "2. Fees. {counterparty} shall pay the fees set out in each statement of work within 30 days.",
            "Signed for {counterparty} by {signer}: ____________________ Date: {date}",
        ],
    ];

    public function pages(string $template): array
    {
        return self::TEMPLATES[$template] ?? self::TEMPLATES['nda'];
    }
}

final class SigningPacket
{
    private ?Generator $pages = null;

    public function __construct(
        public readonly string $envelopeId,
        private array $templatePages,
        private array $mergeFields,
    ) {
    }

    /** @return Generator<int, string> */
    public function pages(): Generator
    {
        return $this->pages ??= $this->renderPages();
    }

    /** @return Generator<int, string> */
    private function renderPages(): Generator
    {
        foreach ($this->templatePages as $number => $template) {
            yield $number + 1 => sprintf("[%s p.%d]\n%s", $this->envelopeId, $number + 1, strtr($template, $this->mergeFields));
        }
    }
}

final class PacketBuilder
{
    public function __construct(private TemplateRepository $templates)
    {
    }

    public function build(string $envelopeId, string $template, array $parties): SigningPacket
    {
        return new SigningPacket($envelopeId, $this->templates->pages($template), [
            '{company}' => $parties['company'],
            '{counterparty}' => $parties['counterparty'],
            '{signer}' => $parties['signer'],
            '{date}' => date('F j, Y', $parties['sent_at']),
        ]);
    }
}

final class ThumbnailStore
{
    private ?string $lastKey = null;

    public function put(string $envelopeId, string $firstPage, string $packetDigest): void
    {
        $this->lastKey = "thumbs/$envelopeId.png:" . crc32($firstPage) . ':' . substr($packetDigest, 0, 12);
    }
}

final class RenderPacketPreview implements ShouldQueue
{
    public function __construct(
        public readonly string $envelopeId,
        public readonly string $template,
        public readonly array $parties,
    ) {
    }

    public function handle(PacketBuilder $builder, ThumbnailStore $thumbnails): void
    {
        $packet = $builder->build($this->envelopeId, $this->template, $this->parties);

        // The thumbnail shows the first page; the e-mail also carries the
        // digest of the whole packet the recipient is asked to sign.
        $digest = hash_init('sha256');
        $firstPage = null;
        foreach ($packet->pages() as $page) {
            $firstPage ??= $page;
            hash_update($digest, $page);
        }
        $thumbnails->put($this->envelopeId, $firstPage, hash_final($digest));
    }
}

$builder = new PacketBuilder(new TemplateRepository());
$thumbnails = new ThumbnailStore();
$worker = new QueueWorker(static fn (RenderPacketPreview $job) => $job->handle($builder, $thumbnails));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$worker->daemon(static function (int $i) use ($n): ?array {
    if ($i >= $n) {
        return null;
    }

    return [RenderPacketPreview::class, [
        sprintf('env_%s', substr(hash('sha1', "envelope-$i"), 0, 20)),
        $i % 3 ? 'nda' : 'msa',
        [
            'company' => 'Northwind Legal Services GmbH',
            'counterparty' => sprintf('Client %d Holdings Ltd', 4100 + $i),
            'signer' => sprintf('Jordan Client%d', 4100 + $i),
            'sent_at' => 1700000000 + $i * 60,
        ],
    ]];
});
