<?php

declare(strict_types=1);

namespace {

    /**
     * Stand-in for FrankenPHP's worker-mode entry point: blocks until a
     * request arrives, resets the superglobals for it, runs the handler and
     * returns false when the worker must stop.
     */
    function frankenphp_handle_request(callable $handler): bool
    {
        static $served = 0;
        if ($served >= (int) (getenv('PHPLEAK_N') ?: 100)) {
            return false;
        }
        $served++;
        $_SERVER['REQUEST_METHOD'] = 'POST';
        $_SERVER['REQUEST_URI'] = '/account/password-reset';
        $_POST = ['email' => sprintf('customer.%05d@example.org', $served)];
        $handler();

        return true;
    }
}

namespace App\Mailer {

    final class Email
    {
        public function __construct(
            public readonly string $to,
            public readonly string $subject,
            public readonly string $html,
            public readonly array $headers = [],
        ) {
        }
    }

    interface TransportInterface
    {
        public function send(Email $email): void;
    }

    final class SmtpTransport implements TransportInterface
    {
        private int $sent = 0;

        public function __construct(private string $dsn)
        {
        }

        public function send(Email $email): void
        {
            $this->sent++;
        }
    }

    /**
     * Queues messages while the response is being built and sends them
     * after the client got its answer, so a slow SMTP relay never shows up
     * in the page timings.
     */
    final class SpoolingMailer
    {
        private \SplQueue $spool;

        public function __construct(private TransportInterface $transport)
        {
            $this->spool = new \SplQueue();
        }

        public function send(Email $email): void
        {
            $this->spool->enqueue($email); // leak
        }

        public function flushQueue(): int
        {
            $sent = 0;
            while (!$this->spool->isEmpty()) {
                $this->transport->send($this->spool->dequeue());
                $sent++;
            }

            return $sent;
        }
    }
}

namespace App\Http {

    use App\Mailer\Email;
    use App\Mailer\SpoolingMailer;

    final class PasswordResetController
    {
        public function __construct(private SpoolingMailer $mailer, private string $secret)
        {
        }

        public function __invoke(array $post): string
        {
            $email = filter_var($post['email'] ?? '', FILTER_VALIDATE_EMAIL);
            if ($email === false) {
                return 'invalid';
            }
            $token = hash_hmac('sha256', $email . '|' . intdiv(time(), 3600), $this->secret);
            $link = 'https://shop.example.org/account/reset?token=' . $token . '&email=' . rawurlencode($email);

            $this->mailer->send(new Email(
                $email,
                'Reset your password',
                '<p>Hello,</p><p>Someone asked to reset the password of your account. If it was you, follow '
                    . '<a href="' . htmlspecialchars($link) . '">this link</a> within the hour.</p>'
                    . '<p>If it was not you, ignore this message; your password stays as it is.</p>',
                ['X-Mailer-Tag' => 'password-reset', 'X-Token-Hash' => substr($token, 0, 16)],
            ));

            return 'sent';
        }
    }
}

namespace App {

    use App\Http\PasswordResetController;
    use App\Mailer\SmtpTransport;
    use App\Mailer\SpoolingMailer;

    final class Kernel
    {
        public readonly SpoolingMailer $mailer;
        private PasswordResetController $controller;

        public function __construct(array $env)
        {
            $this->mailer = new SpoolingMailer(new SmtpTransport($env['MAILER_DSN']));
            $this->controller = new PasswordResetController($this->mailer, $env['APP_SECRET']);

            // send spooled mail once the response is out
            register_shutdown_function([$this->mailer, 'flushQueue']);
        }

        public function handle(array $server, array $post): string
        {
            return match ($server['REQUEST_URI'] ?? '/') {
                '/account/password-reset' => ($this->controller)($post),
                default => 'not found',
            };
        }
    }
}

namespace {

    use App\Kernel;

    ignore_user_abort(true);

    $kernel = new Kernel(['MAILER_DSN' => 'smtp://relay.internal:25', 'APP_SECRET' => 'f3a9c1e07b2d4c55a1e8']);

    $handler = static function () use ($kernel): void {
        $kernel->handle($_SERVER, $_POST);
    };

    $maxRequests = (int) ($_SERVER['MAX_REQUESTS'] ?? 0);
    for ($nbRequests = 0; !$maxRequests || $nbRequests < $maxRequests; ++$nbRequests) {
        $keepRunning = frankenphp_handle_request($handler);
        gc_collect_cycles();
        if (!$keepRunning) {
            break;
        }
    }
}
