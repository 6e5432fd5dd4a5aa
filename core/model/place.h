#pragma once

#include "core/model/common.h"

#include <QList>

namespace integreat::model {

struct PlaceCategory
{
    int id = 0;
    QString name;
    QString color;   ///< #1DC6C6
    QString icon;    ///< symbolic name: office
    QString iconUrl; ///< svg
    bool operator==(const PlaceCategory &) const = default;
};

struct TimeSlot
{
    QString start;    ///< HH:mm
    QString end;      ///< HH:mm
    QString timeZone; ///< optional IANA name
    bool operator==(const TimeSlot &) const = default;
};

struct DayHours
{
    bool allDay = false;
    bool closed = false;
    bool appointmentOnly = false;
    QList<TimeSlot> timeSlots; ///< not `slots`: that is a Qt keyword macro
    bool operator==(const DayHours &) const = default;
};

/// Monday..Sunday (7 entries), or empty when the API sends null.
using OpeningHours = QList<DayHours>;

struct Contact
{
    QString name;
    QString areaOfResponsibility;
    QString email;
    QString phone;
    QString mobile;
    QString website;
    OpeningHours openingHours;
    QString appointmentUrl;
    bool operator==(const Contact &) const = default;
};

struct Place : ContentBase
{
    std::optional<PlaceCategory> category;
    Address address; ///< the API's `location`
    OpeningHours openingHours;
    bool temporarilyClosed = false;
    QString appointmentUrl;
    std::optional<bool> barrierFree;
    std::optional<Organization> organization;
    QString metaDescription;
    QString icon;
    /// Contacts; the older schema's website/email/phone_number become one contact.
    QList<Contact> contacts;
};

} // namespace integreat::model
