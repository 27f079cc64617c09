<?php

namespace App\MessageHandler;

use App\Message\ShipmentDispatched;
use Psr\Log\LoggerInterface;
use Symfony\Component\Messenger\Attribute\AsMessageHandler;

#[AsMessageHandler]
final class SendShipmentNotificationHandler
{
    private const TRACKING_URLS = [
        'dhl' => 'https://www.dhl.com/track?tracking-id=%s',
        'ups' => 'https://www.ups.com/track?tracknum=%s',
        'gls' => 'https://gls-group.com/track/%s',
    ];

    public function __construct(private readonly LoggerInterface $logger)
    {
    }

    public function __invoke(ShipmentDispatched $message): void
    {
        $url = sprintf(self::TRACKING_URLS[$message->carrier], $message->trackingNumber);
        $this->logger->debug('Rendering shipment notification', [
            'order' => $message->orderNumber,
            'template' => 'emails/shipment_dispatched.html.twig',
            'tracking_url' => $url,
        ]);

        $subject = sprintf('Your order %s is on its way (%d parcel%s)', $message->orderNumber, $message->parcels, $message->parcels > 1 ? 's' : '');

        $this->logger->info('Shipment notification sent', [
            'order' => $message->orderNumber,
            'recipient' => $message->recipientEmail,
            'subject' => $subject,
            'carrier' => $message->carrier,
        ]);
    }
}
