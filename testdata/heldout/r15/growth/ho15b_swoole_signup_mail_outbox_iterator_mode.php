<?php

declare(strict_types=1);

namespace App\Mail;

use SplDoublyLinkedList;
use SplQueue;

final class MailMessage
{
    public ?float $sentAt = null;

    public function __construct(
        public readonly string $id,
        public readonly string $to,
        public readonly string $subject,
        public readonly string $html,
        public readonly array $headers = [],
    ) {
    }
}

interface Transport
{
    public function send(MailMessage $message): void;
}

final class ArrayTransport implements Transport
{
    private int $delivered = 0;

    public function send(MailMessage $message): void
    {
        // a real SMTP transport would write to a socket here
        $this->delivered++;
    }

    public function delivered(): int
    {
        return $this->delivered;
    }
}

/**
 * Collects mails during a request and hands them to the transport once the
 * response has been written, so signups don't wait on SMTP.
 */
final class DeferredMailer
{
    /** @var SplQueue<MailMessage> */
    private SplQueue $outbox;

    public function __construct(private readonly Transport $transport)
    {
        $this->outbox = new SplQueue();
    }

    public function queue(MailMessage $message): void
    {
        $this->outbox->enqueue($message); // leak
    }

    public function deliverPending(): int
    {
        $sent = 0;
        foreach ($this->outbox as $message) {
            if ($message->sentAt !== null) {
                continue;
            }
            $this->transport->send($message);
            $message->sentAt = 1.0;
            $sent++;
        }

        return $sent;
    }

    public function pending(): int
    {
        return $this->outbox->count();
    }
}

namespace App\Http;

use App\Mail\DeferredMailer;
use App\Mail\MailMessage;

final class SignupRequest
{
    public function __construct(
        public readonly string $email,
        public readonly string $name,
        public readonly string $locale,
    ) {
    }
}

final class WelcomeMailFactory
{
    public function __construct(private readonly string $appUrl)
    {
    }

    public function make(SignupRequest $request, string $token): MailMessage
    {
        $link = sprintf('%s/verify/%s?l=%s', $this->appUrl, $token, $request->locale);
        $html = '<html><body><h1>Welcome, ' . htmlspecialchars($request->name) . '</h1>'
            . '<p>Thanks for signing up. Please confirm your address by following the link below.</p>'
            . '<p><a href="' . $link . '">' . $link . '</a></p>'
            . '<p>If you did not create an account you can ignore this message; the link expires in 24 hours.</p>'
            . '</body></html>';

        return new MailMessage(
            id: $token,
            to: $request->email,
            subject: 'Confirm your account, ' . $request->name,
            html: $html,
            headers: ['X-Locale' => $request->locale, 'X-Signup-Token' => $token],
        );
    }
}

final class SignupController
{
    public function __construct(
        private readonly DeferredMailer $mailer,
        private readonly WelcomeMailFactory $mails,
    ) {
    }

    public function __invoke(SignupRequest $request): array
    {
        $token = hash('sha256', $request->email . '|' . $request->name);
        $this->mailer->queue($this->mails->make($request, $token));

        return ['status' => 201, 'body' => ['email' => $request->email]];
    }
}

namespace App\Server;

use App\Http\SignupController;
use App\Http\SignupRequest;
use App\Mail\DeferredMailer;

/** Minimal stand-in for a Swoole HTTP server: one handler, one after-response hook. */
final class HttpServer
{
    /** @var list<callable> */
    private array $afterResponse = [];

    public function __construct(private readonly SignupController $controller)
    {
    }

    public function afterResponse(callable $hook): void
    {
        $this->afterResponse[] = $hook;
    }

    public function handle(array $payload): array
    {
        $response = ($this->controller)(new SignupRequest($payload['email'], $payload['name'], $payload['locale']));
        foreach ($this->afterResponse as $hook) {
            $hook();
        }

        return $response;
    }
}

$transport = new \App\Mail\ArrayTransport();
$mailer = new DeferredMailer($transport);
$controller = new SignupController($mailer, new \App\Http\WelcomeMailFactory('https://app.example.test'));
$server = new HttpServer($controller);
$server->afterResponse(static fn () => $mailer->deliverPending());

$locales = ['en', 'de', 'fr'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $server->handle([
        'email' => "user{$i}@example.test",
        'name' => "User {$i}",
        'locale' => $locales[$i % 3],
    ]);
}
