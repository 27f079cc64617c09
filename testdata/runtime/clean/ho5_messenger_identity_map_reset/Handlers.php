<?php

final class MarkInvoicePaid
{
    public function __construct(public int $invoiceId, public string $paymentReference) {}
}

final class MarkInvoicePaidHandler
{
    public function __construct(private EntityManager $em) {}

    public function __invoke(MarkInvoicePaid $message): void
    {
        $invoice = $this->em->find(Invoice::class, $message->invoiceId);
        $invoice->paidAt = date(DATE_ATOM, 1700000000);
        $this->em->persist($invoice);
        $this->em->flush();
    }
}

final class MessageBus
{
    private array $handlers = [];

    public function register(string $messageClass, callable $handler): void
    {
        $this->handlers[$messageClass] = $handler;
    }

    public function dispatch(object $message): void
    {
        ($this->handlers[$message::class])($message);
    }
}
