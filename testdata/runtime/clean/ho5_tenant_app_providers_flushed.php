<?php
// A multi-tenant job runner boots a small Laravel-style Application with service providers for each job so the tenant's mail settings are isolated, and flushes the application when the job ends.

final class Application
{
    /** @var ServiceProvider[] */
    private array $providers = [];
    private array $bindings = [];
    private array $instances = [];
    private bool $booted = false;

    public function __construct(public readonly array $config) {}

    public function register(ServiceProvider $provider): void
    {
        $provider->register();
        $this->providers[] = $provider;
    }

    public function singleton(string $id, Closure $factory): void
    {
        $this->bindings[$id] = $factory;
    }

    public function instance(string $id, object $object): void
    {
        $this->instances[$id] = $object;
    }

    public function make(string $id): object
    {
        return $this->instances[$id] ??= ($this->bindings[$id])($this);
    }

    public function boot(): void
    {
        foreach ($this->providers as $provider) {
            $provider->boot();
        }
        $this->booted = true;
    }

    public function flush(): void
    {
        $this->providers = [];
        $this->bindings = [];
        $this->instances = [];
        $this->booted = false;
    }
}

abstract class ServiceProvider
{
    public function __construct(protected Application $app) {}

    abstract public function register(): void;

    public function boot(): void {}
}

final class TenantMailer
{
    public array $sent = [];
    public function __construct(public string $from, public string $dsn) {}
    public function send(string $to, string $subject, string $body): void { $this->sent[] = strlen($body); }
}

final class MailServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        $this->app->singleton('mailer', static fn (Application $app) => new TenantMailer($app->config['mail_from'], $app->config['mail_dsn']));
    }

    public function boot(): void
    {
        $this->app->make('mailer')->from = $this->app->config['tenant'] . ' <' . $this->app->config['mail_from'] . '>';
    }
}

final class SendInvoiceReminderJob
{
    public function __construct(public string $tenant, public string $to, public array $invoice) {}

    public function handle(Application $app): void
    {
        $body = sprintf("Dear customer,\n\ninvoice %s over %s is overdue.\n%s", $this->invoice['number'], $this->invoice['amount'], str_repeat('Please pay within 7 days. ', 12));
        $app->make('mailer')->send($this->to, 'Payment reminder', $body);
    }
}

final class TenantJobRunner
{
    public function run(SendInvoiceReminderJob $job): void
    {
        $app = new Application([
            'tenant' => $job->tenant,
            'mail_from' => "billing@{$job->tenant}.example",
            'mail_dsn' => "smtp://mail.{$job->tenant}.example:587?user=billing&timeout=" . (10 + strlen($job->tenant)),
        ]);
        try {
            $app->register(new MailServiceProvider($app));
            $app->boot();
            $job->handle($app);
        } finally {
            $app->flush();
        }
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$runner = new TenantJobRunner();
for ($i = 0; $i < $n; $i++) {
    $runner->run(new SendInvoiceReminderJob("tenant{$i}", "ap{$i}@client.example", ['number' => "R-{$i}", 'amount' => '1,250.00 EUR']));
}
