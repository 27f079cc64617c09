<?php

namespace App\Controller;

use App\Export\CsvExport;
use App\Export\ExportMailer;
use Symfony\Component\EventDispatcher\EventDispatcherInterface;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpKernel\Attribute\AsController;
use Symfony\Component\HttpKernel\Event\TerminateEvent;
use Symfony\Component\HttpKernel\KernelEvents;
use Symfony\Component\Routing\Attribute\Route;

/**
 * Generates a report export and mails it after the response is sent.
 */
#[AsController]
#[Route('/reports/{id}/export', name: 'report_export', requirements: ['id' => '\d+'], methods: ['POST'])]
final class ExportReportController
{
    public function __construct(private EventDispatcherInterface $dispatcher, private ExportMailer $mailer)
    {
    }

    public function __invoke(int $id, Request $request): JsonResponse
    {
        $rows = ["date,customer,amount"];
        foreach (range(1, 12) as $month) {
            $rows[] = sprintf('2024-%02d-01,customer-%d,%d.%02d', $month, $id, $id * $month, $month);
        }
        $export = new CsvExport($id, (string) $request->request->get('email'), implode("\n", $rows));

        $this->dispatcher->addListener(KernelEvents::TERMINATE, function (TerminateEvent $event) use ($export): void { // leak
            $this->mailer->send($export);
        });

        return new JsonResponse(['queued' => true, 'report' => $id], 202);
    }
}
