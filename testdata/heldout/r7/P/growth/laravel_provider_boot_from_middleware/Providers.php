<?php
// Application service providers: mail transport registration and order-shipped listeners.

final class OrderShipped
{
    public function __construct(public readonly int $orderId, public readonly string $email) {}
}

final class MailTransport
{
    public int $sent = 0;

    public function send(string $to, string $subject, array $options): void { $this->sent++; }
}

final class MailServiceProvider extends ServiceProvider
{
    public function register(): void { $this->app->singleton(MailTransport::class, fn () => new MailTransport()); }
}

final class EventServiceProvider extends ServiceProvider
{
    public function register(): void { $this->app->singleton(Dispatcher::class, fn () => new Dispatcher()); }

    public function boot(): void
    {
        $events = $this->app->make(Dispatcher::class);
        $mailer = $this->app->make(MailTransport::class);
        $options = array_merge(
            ['from' => 'shop@example.com', 'queue' => 'mail', 'tries' => 3],
            ['template' => 'emails.orders.shipped', 'locale' => 'en_US'],
        );

        $events->listen(OrderShipped::class, function (OrderShipped $event) use ($mailer, $options) { // leak
            $mailer->send($event->email, "Order #{$event->orderId} has shipped", $options);
        });
    }
}
