<?php

use App\Dlr\DeliveryReportBuffer;
use App\EventSubscriber\FlushDeliveryReportsSubscriber;
use App\Message\DeliveryReportReceived;
use App\MessageHandler\DeliveryReportHandler;
use App\SmscDlrReceiver;
use DbalLite\Connection;
use MessengerLite\EventDispatcher;

return static function (): array {
    $services = [];
    $services[Connection::class] = new Connection('pgsql://sms:***@db/sms');
    $services[DeliveryReportBuffer::class] = new DeliveryReportBuffer($services[Connection::class]);
    $services[EventDispatcher::class] = new EventDispatcher();
    $services[EventDispatcher::class]->addSubscriber(new FlushDeliveryReportsSubscriber($services[DeliveryReportBuffer::class]));
    $services['messenger.handlers'] = [
        DeliveryReportReceived::class => new DeliveryReportHandler($services[DeliveryReportBuffer::class]),
    ];
    $services['messenger.receivers'] = ['dlr' => new SmscDlrReceiver(['smsc-orange-fr', 'smsc-sfr-01', 'smsc-bouygues'])];
    return $services;
};
