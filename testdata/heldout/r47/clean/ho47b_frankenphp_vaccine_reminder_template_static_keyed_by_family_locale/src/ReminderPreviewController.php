<?php

namespace Vetcare\Reminders;

final class ReminderPreviewController
{
    private int $rendered = 0;

    public function __invoke(ReminderRequest $request): array
    {
        $template = \reminder_template_for($request);
        $body = $template->render($request->personalisation());
        $this->rendered++;
        return [
            'status' => 200,
            'headers' => ['Content-Type' => 'text/plain; charset=utf-8', 'X-Clinic' => $request->clinicId],
            'body' => $body,
        ];
    }
}
