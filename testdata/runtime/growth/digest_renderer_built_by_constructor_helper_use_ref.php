<?php

declare(strict_types=1);

// A queue worker sends a plain-text digest e-mail per job. The mailer is
// made once before the loop; its constructor builds the link renderer once
// (makeLinkRenderer()), a closure that numbers each job's unsubscribe link
// as a reference after the fixed footer links. The closure captures the
// reference list by reference (use (&$references)), so every job appends
// its link to the same variable: the list lives as long as the mailer.

final class DigestJob
{
    public function __construct(
        public readonly string $recipient,
        public readonly string $subject,
        public readonly string $body,
        public readonly string $unsubscribeUrl,
    ) {
    }
}

final class FakeTransport
{
    public int $bytes = 0;

    public function send(string $to, string $subject, string $text): void
    {
        $this->bytes += strlen($to) + strlen($subject) + strlen($text);
    }
}

final class DigestMailer
{
    /** @var Closure(DigestJob): string */
    private Closure $renderText;

    public function __construct(private FakeTransport $transport, private string $brand)
    {
        $this->renderText = $this->makeLinkRenderer();
    }

    /** Plain-text body with numbered references: the brand's fixed links, then the job's own. */
    private function makeLinkRenderer(): Closure
    {
        $references = [
            'https://news.example/privacy',
            'https://news.example/preferences',
        ];
        $brand = $this->brand;

        return static function (DigestJob $job) use (&$references, $brand): string {
            $references[] = $job->unsubscribeUrl . '&reason=digest&mailbox=' . rawurlencode($job->recipient); // leak
            $lines = [];
            foreach ($references as $i => $url) {
                $lines[] = sprintf('[%d] %s', $i + 1, $url);
            }

            return $job->body . "\n\n-- \n" . $brand . "\n" . implode("\n", array_slice($lines, -3));
        };
    }

    public function send(DigestJob $job): void
    {
        $this->transport->send($job->recipient, $job->subject, ($this->renderText)($job));
    }
}

final class QueueConsumer
{
    public function __construct(private DigestMailer $mailer)
    {
    }

    /** @param array{to: string, subject: string, body: string, token: string} $payload */
    public function handle(array $payload): void
    {
        $this->mailer->send(new DigestJob(
            $payload['to'],
            $payload['subject'],
            $payload['body'],
            'https://news.example/unsubscribe?list=allotment-weekly&utm_source=digest&utm_medium=email&token=' . rawurlencode($payload['token']) . '&sig=' . hash_hmac('sha256', $payload['token'], 'k3y'),
        ));
    }
}

$consumer = new QueueConsumer(new DigestMailer(new FakeTransport(), 'The Weekly Allotment'));
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $consumer->handle([
        'to' => sprintf('gardener.%06d@mail.example', $i),
        'subject' => sprintf('Your allotment digest, week %d', 1 + $i % 52),
        'body' => str_repeat('Sow broad beans now; net the brassicas against pigeons. ', 6),
        'token' => base64_encode(random_bytes(360)),
    ]);
}
