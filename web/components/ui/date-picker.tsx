import {
  type CalendarDate,
  parseAbsolute,
  parseDate,
  toZoned,
  type ZonedDateTime,
} from '@internationalized/date';
import type { ReactNode } from 'react';
import {
  DatePicker as AriaDatePicker,
  Button,
  Calendar,
  CalendarCell,
  CalendarGrid,
  DateInput,
  DateSegment,
  Dialog,
  FieldError,
  Group,
  Heading,
  Label,
  Popover,
} from 'react-aria-components';
import { AGENCY_TIME_ZONE } from './date-time.tsx';

/** The instant a calendar day starts in Brussels, as the API's ISO timestamp with offset. */
export function startOfDayInAgencyZone(isoDate: string): string {
  return toZoned(parseDate(isoDate), AGENCY_TIME_ZONE).toAbsoluteString();
}

/** The instant the day after `isoDate` starts in Brussels: an exclusive upper bound for "to". */
export function endOfDayInAgencyZone(isoDate: string): string {
  return toZoned(parseDate(isoDate).add({ days: 1 }), AGENCY_TIME_ZONE).toAbsoluteString();
}

function toCalendarDate(value: string | null): CalendarDate | null {
  if (!value) return null;
  try {
    return parseDate(value);
  } catch {
    return null;
  }
}

function CalendarPopover({ label }: { label: string }) {
  return (
    <Popover className="popover popover--calendar">
      <Dialog className="calendar-dialog" aria-label={label}>
        <Calendar className="calendar">
          <header className="calendar__header">
            <Button slot="previous" className="btn btn--quiet">
              <span aria-hidden="true" className="flip-rtl">
                ‹
              </span>
            </Button>
            <Heading className="calendar__heading" />
            <Button slot="next" className="btn btn--quiet">
              <span aria-hidden="true" className="flip-rtl">
                ›
              </span>
            </Button>
          </header>
          <CalendarGrid className="calendar__grid">
            {(date) => <CalendarCell date={date} className="calendar__cell" />}
          </CalendarGrid>
        </Calendar>
      </Dialog>
    </Popover>
  );
}

type PickerProps = {
  label: ReactNode;
  value: string | null;
  onChange: (value: string | null) => void;
  error?: string;
  isRequired?: boolean;
  calendarLabel: string;
};

function Field(props: { label: ReactNode; error?: string; calendarLabel: string }) {
  return (
    <>
      <Label className="field__label">{props.label}</Label>
      <Group className="field__input date-picker__group">
        <DateInput className="date-picker__input">
          {(segment) => <DateSegment segment={segment} className="date-picker__segment" />}
        </DateInput>
        <Button className="btn btn--quiet date-picker__button" aria-label={props.calendarLabel}>
          <span aria-hidden="true">▾</span>
        </Button>
      </Group>
      <FieldError className="field__error">{props.error}</FieldError>
      <CalendarPopover label={props.calendarLabel} />
    </>
  );
}

/**
 * A date field (typed segment by segment, in the reader's date order) with a calendar popover. The
 * value is a plain ISO date ("2026-03-21"); turning it into an instant is the caller's choice, in
 * the agency's time zone (see the helpers above).
 */
export function DatePicker(props: PickerProps) {
  return (
    <AriaDatePicker
      className="field date-picker"
      value={toCalendarDate(props.value)}
      onChange={(date) => props.onChange(date ? date.toString() : null)}
      isInvalid={Boolean(props.error)}
      isRequired={props.isRequired}
      validationBehavior="aria"
      granularity="day"
    >
      <Field label={props.label} error={props.error} calendarLabel={props.calendarLabel} />
    </AriaDatePicker>
  );
}

function toZonedDateTime(value: string | null): ZonedDateTime | null {
  if (!value) return null;
  try {
    return parseAbsolute(value, AGENCY_TIME_ZONE);
  } catch {
    return null;
  }
}

/**
 * A date and time, typed and shown as wall-clock time in Brussels whatever the device's zone (an
 * interpreter abroad books 09:00 Brussels time). The value is an ISO instant ("2026-03-21T08:00:00Z"),
 * as the API stores it.
 */
export function DateTimePicker(props: PickerProps) {
  return (
    <AriaDatePicker
      className="field date-picker"
      value={toZonedDateTime(props.value)}
      onChange={(date) => props.onChange(date ? date.toAbsoluteString() : null)}
      isInvalid={Boolean(props.error)}
      isRequired={props.isRequired}
      validationBehavior="aria"
      granularity="minute"
      hourCycle={24}
      hideTimeZone
    >
      <Field label={props.label} error={props.error} calendarLabel={props.calendarLabel} />
    </AriaDatePicker>
  );
}
