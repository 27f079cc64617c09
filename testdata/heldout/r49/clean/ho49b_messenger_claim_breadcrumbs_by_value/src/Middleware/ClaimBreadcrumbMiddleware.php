<?php
namespace App\Middleware;

use App\Message\AssessDamageReport;
use App\Support\AuditLog;
use App\Support\BreadcrumbFactory;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\Middleware\MiddlewareInterface;
use Symfony\Component\Messenger\Middleware\StackInterface;
use Symfony\Component\Messenger\Stamp\HandledStamp;
use Symfony\Component\Messenger\Stamp\ReceivedStamp;
use Symfony\Component\Messenger\Stamp\TransportMessageIdStamp;

final class ClaimBreadcrumbMiddleware implements MiddlewareInterface
{
    private \Closure $breadcrumbs;

    public function __construct(BreadcrumbFactory $factory, private AuditLog $audit)
    {
        $this->breadcrumbs = $factory->forConsumer('damage_claims');
    }

    public function handle(Envelope $envelope, StackInterface $stack): Envelope
    {
        $message = $envelope->getMessage();
        if (!$message instanceof AssessDamageReport || $envelope->last(ReceivedStamp::class) === null) {
            return $stack->next()->handle($envelope, $stack);
        }

        $envelope = $stack->next()->handle($envelope, $stack);

        $handled = $envelope->last(HandledStamp::class);
        $estimate = $handled?->getResult();
        $trail = ($this->breadcrumbs)('assessed', [
            'at' => date(DATE_ATOM),
            'handler' => $handled?->getHandlerName(),
            'stamps' => array_map(static fn (string $fqcn) => substr(strrchr($fqcn, '\\'), 1), array_keys($envelope->all())),
            'report' => $message->reportId,
            'plate' => $message->plate,
            'agreement' => $message->rentalAgreement,
            'transport' => $envelope->last(ReceivedStamp::class)->getTransportName(),
            'message_id' => $envelope->last(TransportMessageIdStamp::class)?->getId(),
            'inspector' => $message->inspector,
            'marks' => $message->marks,
            'photos' => $message->photos,
            'estimate' => $estimate,
        ]);
        $this->audit->write(implode(' > ', $trail));

        return $envelope;
    }
}
