<?php
// A multi-tenant worker boots a compiled Symfony-style container per tenant message; the generated service-locator factories are closures bound to the container, so each discarded container is a cycle.
// https://github.com/symfony/symfony/pull/48469

final class Mailer
{
    public int $sent = 0;

    public function __construct(private string $dsn, private string $from) {}

    public function send(string $to, string $subject): void
    {
        $this->sent++;
    }
}

final class ServiceLocator
{
    /** @param array<string, Closure> $factories */
    public function __construct(private array $factories) {} // leak

    public function get(string $id): object
    {
        return ($this->factories[$id])();
    }
}

abstract class Container
{
    protected array $parameters = [];
    protected array $services = [];
    protected array $methodMap = [];

    public function get(string $id): object
    {
        return $this->services[$id] ?? $this->{$this->methodMap[$id]}();
    }

    public function getParameter(string $name): string
    {
        return $this->parameters[$name];
    }
}

final class TenantContainer extends Container
{
    public function __construct(array $tenant)
    {
        $this->methodMap = ['mailer' => 'getMailerService', 'notifier.locator' => 'getNotifierLocatorService'];
        $this->parameters = [
            'tenant.id' => $tenant['id'],
            'mailer.dsn' => "smtp://{$tenant['id']}:" . hash('sha256', $tenant['secret']) . '@mail.internal:587',
            'mailer.from' => "no-reply@{$tenant['domain']}",
            'tenant.branding' => json_encode($tenant['branding']),
        ];
    }

    protected function getMailerService(): Mailer
    {
        return $this->services['mailer'] = new Mailer($this->parameters['mailer.dsn'], $this->parameters['mailer.from']);
    }

    protected function getNotifierLocatorService(): ServiceLocator
    {
        return $this->services['notifier.locator'] = new ServiceLocator([ // leak
            'mailer' => function () { // leak
                return $this->services['mailer'] ?? $this->getMailerService();
            },
        ]);
    }
}

final class TenantInvoiceReminderHandler
{
    public int $handled = 0;

    public function __invoke(array $message): void
    {
        $container = new TenantContainer($message['tenant']);
        $mailer = $container->get('notifier.locator')->get('mailer');
        $mailer->send($message['to'], 'Invoice ' . $message['invoice'] . ' is due');
        $this->handled++;
    }
}

$handler = new TenantInvoiceReminderHandler();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $tenant = ['id' => 'tenant' . ($i % 50), 'secret' => "s3cr3t-{$i}", 'domain' => "shop{$i}.example.com", 'branding' => ['color' => '#3366ff', 'footer' => str_repeat("Shop {$i} GmbH, Hauptstr. 1, Berlin. ", 8)]];
    $handler(['tenant' => $tenant, 'to' => "billing{$i}@customer.example", 'invoice' => 'INV-' . (20000 + $i)]);
}
