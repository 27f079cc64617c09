<?php

declare(strict_types=1);

namespace App\View;

use Closure;

final class TemplateCompiler
{
    /** @return list<array{0: 'text'|'var', 1: string, 2?: list<string>}> */
    public static function parse(string $source): array
    {
        $segments = [];
        $parts = preg_split('/(\{\{\s*[\w.|]+\s*\}\})/', $source, -1, PREG_SPLIT_DELIM_CAPTURE | PREG_SPLIT_NO_EMPTY);
        foreach ($parts as $part) {
            if (preg_match('/^\{\{\s*([\w.]+)((?:\|\w+)*)\s*\}\}$/', $part, $m)) {
                $segments[] = ['var', $m[1], array_values(array_filter(explode('|', $m[2])))];
            } else {
                $segments[] = ['text', $part];
            }
        }

        return $segments;
    }

    public static function compile(string $source): Closure
    {
        $segments = self::parse($source);

        return static function (array $context) use ($segments): string {
            $out = '';
            foreach ($segments as $segment) {
                if ($segment[0] === 'text') {
                    $out .= $segment[1];
                    continue;
                }
                $value = $context;
                foreach (explode('.', $segment[1]) as $step) {
                    $value = is_array($value) ? ($value[$step] ?? '') : '';
                }
                foreach ($segment[2] as $filter) {
                    $value = match ($filter) {
                        'upper' => strtoupper((string) $value),
                        'money' => number_format($value / 100, 2),
                        default => $value,
                    };
                }
                $out .= htmlspecialchars((string) $value);
            }

            return $out;
        };
    }
}

/** Compiled templates live for the life of the worker; compiling is the expensive part. */
function compiled(string $source): Closure
{
    static $cache = [];
    $key = 'tpl_' . hash('xxh128', $source);

    return $cache[$key] ??= TemplateCompiler::compile($source);
}

final class Renderer
{
    public function render(string $source, array $context): string
    {
        return compiled($source)($context);
    }
}

namespace App\Mail;

use App\View\Renderer;

final class TemplateRepository
{
    private const TEMPLATES = [
        'order_shipped' => "Hello {{ customer.first_name }},\n\nYour parcel with {{ order.items }} item(s) left our warehouse.\nTracking: {{ shipment.tracking|upper }}\nTotal paid: {{ order.total|money }} EUR\n",
        'order_cancelled' => "Hello {{ customer.first_name }},\n\nOrder {{ order.reference }} was cancelled.\n",
    ];

    public function get(string $name): string
    {
        return self::TEMPLATES[$name];
    }
}

final class Customer
{
    public function __construct(public readonly string $firstName, public readonly string $email) {}
}

final class Message
{
    public function __construct(public readonly string $to, public readonly string $subject, public readonly string $body) {}
}

final class OrderShippedMail
{
    public function __construct(private readonly Renderer $renderer, private readonly TemplateRepository $templates) {}

    public function build(Customer $customer, array $order, array $shipment): Message
    {
        $context = [
            'customer' => ['first_name' => $customer->firstName],
            'order' => $order,
            'shipment' => $shipment,
        ];

        $subject = $this->renderer->render('Good news {{ customer.first_name }}: order {{ order.reference }} has shipped', $context);
        $body = $this->renderer->render($this->templates->get('order_shipped'), $context);

        return new Message($customer->email, $subject, $body);
    }
}

final class Mailer
{
    public int $sent = 0;

    public function send(Message $message): void
    {
        $this->sent += (int) ($message->to !== '' && $message->body !== '');
    }
}

namespace App\Jobs;

use App\Mail\Customer;
use App\Mail\Mailer;
use App\Mail\OrderShippedMail;

final class SendOrderShippedEmail
{
    public function __construct(public readonly array $payload) {}

    public function handle(OrderShippedMail $mail, Mailer $mailer): void
    {
        $customer = new Customer($this->payload['first_name'], $this->payload['email']);
        $mailer->send($mail->build($customer, $this->payload['order'], $this->payload['shipment']));
    }
}

namespace App;

use App\Jobs\SendOrderShippedEmail;
use App\Mail\Mailer;
use App\Mail\OrderShippedMail;
use App\Mail\TemplateRepository;
use App\View\Renderer;

$mail = new OrderShippedMail(new Renderer(), new TemplateRepository());
$mailer = new Mailer();
$names = ['Ana', 'Bram', 'Chloé', 'Dmitri', 'Eun-ji'];

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $job = new SendOrderShippedEmail([
        'first_name' => $names[$i % 5] . '-' . $i,
        'email' => "customer$i@example.test",
        'order' => ['reference' => sprintf('SO-%07d', $i), 'items' => $i % 4 + 1, 'total' => 1999 + $i],
        'shipment' => ['tracking' => sprintf('jd%014d', $i * 7919)],
    ]);
    $job->handle($mail, $mailer);
    unset($job);
}
